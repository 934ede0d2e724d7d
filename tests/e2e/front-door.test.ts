import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { PNG } from 'pngjs';
import { EDITIONS, editionPath } from '../../src/lib/editions';

// structured-data-testing-tool is CommonJS without types: what this test uses of it.
interface StructuredDataResult {
	passed: { description: string }[];
	failed: { test: string; description: string; error?: { message: string } }[];
	schemas: string[];
	structuredData: { jsonld: Record<string, Record<string, unknown>[]> };
}
const require = createRequire(import.meta.url);
const { structuredDataTest } = require('structured-data-testing-tool') as {
	structuredDataTest: (html: string, options: object) => Promise<StructuredDataResult>;
};
const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets') as Record<
	string,
	object
>;

// How the story is found and shown when shared as a whole: read by the tools that crawlers
// and checkers use, not by our own parsing.
for (const edition of EDITIONS) {
	const path = `.${editionPath(edition.id)}`;

	test(`${edition.id}: a link to the story shows its card`, async ({ request }) => {
		const html = await (await request.get(path)).text();
		const { result, error } = await ogs({ html });
		expect(error).toBe(false);
		expect(result.ogType).toBe('article');
		expect(result.ogTitle).toBe(/<title>([^<]*)<\/title>/.exec(html)![1]);
		expect(result.ogDescription).toBeTruthy();
		expect(result.twitterCard).toBe('summary_large_image');
		expect(result.ogLocale).toBe(
			{ 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', en: 'en_US' }[edition.id]
		);
		const [image] = result.ogImage!;
		expect(image).toMatchObject({ width: '1200', height: '630' });
		expect(image!.url).toMatch(new RegExp(`/share/${edition.id}/story\\.png$`));
		const png = PNG.sync.read(await (await request.get(image!.url)).body());
		expect([png.width, png.height]).toEqual([1200, 630]);
		expect(result.twitterImage?.[0]?.url).toBe(image!.url);
	});

	test(`${edition.id}: its structured data is a NewsArticle, as Google, X and Facebook read it`, async ({
		request
	}) => {
		const html = await (await request.get(path)).text();
		const found = await structuredDataTest(html, {
			presets: [Google, Twitter, Facebook],
			schemas: ['NewsArticle']
		}).catch((error: { res?: StructuredDataResult; message: string }) => {
			const failed = error.res?.failed.map((t) => `${t.test}: ${t.description}`) ?? [];
			throw new Error(`${error.message}:\n${failed.join('\n')}`);
		});
		expect(found.failed).toEqual([]);
		expect(found.schemas).toContain('NewsArticle');
		const [article] = found.structuredData.jsonld.NewsArticle!;
		expect(article).toMatchObject({
			inLanguage: edition.id,
			isBasedOn: { datePublished: '2020-05' }
		});
		expect('translator' in article!).toBe(edition.id === 'en');
		// The logo it names is there, a PNG.
		const logo = (article!.publisher as { logo: { url: string } }).logo.url;
		expect((await request.get(logo)).headers()['content-type']).toBe('image/png');
	});
}

test('the sitemap lists the three editions, each with its alternates; robots.txt names it', async ({
	request
}) => {
	const robots = await (await request.get('./robots.txt')).text();
	const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
	const sitemap = await request.get(sitemapUrl);
	expect(sitemap.headers()['content-type']).toMatch(/^application\/xml/);
	const xml = await sitemap.text();
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
	expect(locs).toHaveLength(EDITIONS.length);
	for (const loc of locs) {
		expect((await request.get(loc!)).status()).toBe(200);
		// Each is what its page calls canonical.
		const html = await (await request.get(loc!)).text();
		expect(html).toContain(`<link rel="canonical" href="${loc}"`);
	}
	expect(xml.match(/hreflang=/g)).toHaveLength(EDITIONS.length * (EDITIONS.length + 1));
});
