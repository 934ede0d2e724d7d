import { extract } from '@extractus/oembed-extractor';
import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS } from '../../src/lib/charts/ids';
import { EDITIONS, editionPath } from '../../src/lib/editions';
import { APP_SCRIPT, chapterIds } from './helpers';

// oEmbed, read as its consumers read it: @extractus/oembed-extractor discovers each page's
// answer from its <link rel="alternate" type="application/json+oembed">, as WordPress and
// Ghost do; then a host page that does what WordPress does with it (hosts/wordpress.js) sets
// the iframe in its sandbox and sizes it by WordPress's own protocol.

const SITES = [
	{ origin: 'http://localhost:4173', base: '' },
	{ origin: 'http://localhost:4174', base: '/interactive/fenxi-2020' }
];
const HOSTS = 'http://127.0.0.1:4175';

/** What a page's oEmbed answer embeds: the story its overview, a chapter its first chart. */
interface Kind {
	path: string;
	/** The chart embed it offers, by id, or null to read it from the chapter's share page. */
	chart: string | null;
}

const kinds: Kind[] = [
	{ path: '', chart: 'areas-overview' },
	...chapterIds.map((chapter) => ({ path: `s/${chapter}/`, chart: null })),
	...CHART_IDS.map((chart) => ({ path: `embed/chart/${chart}/`, chart }))
];

/** An iframe's attribute in the answer's html. */
const attribute = (html: string, name: string) =>
	new RegExp(`<iframe [^>]*\\b${name}="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

/** The first `<h1>`'s text of a page. */
async function heading(url: string) {
	const html = await (await fetch(url)).text();
	return /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '');
}

for (const site of SITES) {
	for (const edition of EDITIONS) {
		const root = `${site.origin}${site.base}${editionPath(edition.id)}`;
		test(`a consumer discovers the oEmbed of every page of ${root} @anywhere`, async () => {
			for (const kind of kinds) {
				const url = `${root}${kind.path}`;
				// The page names its answer by an absolute address, beside it (WordPress takes it
				// as it is), with a title.
				const html = await (await fetch(url)).text();
				const link =
					/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/.exec(
						html
					);
				expect(link?.[1], url).toBe(`${url}oembed.json`);
				const data = await extract(url);
				expect(link?.[2], url).toBe(String(data.title).replace(/&/g, '&amp;'));
				expect(data.method, url).toBe('auto-discovery');
				expect(data, url).toMatchObject({
					version: '1.0',
					type: 'rich',
					provider_url: root,
					width: 640,
					height: 720,
					thumbnail_width: 1200,
					thumbnail_height: 630
				});
				expect(data.cache_age, url).toBeGreaterThan(0);
				expect(String(data.provider_name), url).not.toBe('');
				// Absolute, below the base, in the edition; the frame's title in its language.
				const src = attribute(String(data.html), 'src')!;
				expect(src, url).toMatch(new RegExp(`^${root}embed/chart/[a-z-]+/$`));
				const chart = /embed\/chart\/([a-z-]+)\/$/.exec(src)![1]!;
				if (kind.chart) expect(chart, url).toBe(kind.chart);
				// A share page's answer embeds a chart of its own chapter, headed with its title.
				else expect(await heading(src), url).toBe(await heading(url));
				const title = attribute(String(data.html), 'title')!;
				if (edition.id === 'en') expect(title, url).not.toMatch(/\p{Script=Han}/u);
				else expect(title, url).toContain(edition.id === 'zh-Hans' ? '汾西县' : '汾西縣');
				expect(String(data.title), url).not.toBe('');
				expect(String(data.thumbnail_url), url).toMatch(
					new RegExp(`^${site.origin}${site.base}/share/${edition.id}/[a-z]+\\.png$`)
				);
				for (const file of [src, String(data.thumbnail_url)]) {
					expect((await fetch(file)).status, file).toBe(200);
				}
			}
		});
	}
}

/** Console messages and errors from the host page and every frame in it. */
function watchFrames(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	return problems;
}

/** Puts the oEmbed answer of `url` into the WordPress post, and returns its frame. */
async function embedInWordPress(page: Page, url: string) {
	const data = await extract(url);
	await page.goto(`${HOSTS}/wordpress.html`);
	const secret = await page.evaluate((html) => {
		const w = window as unknown as { embedOEmbed: (html: string) => string };
		return w.embedOEmbed(html);
	}, String(data.html));
	const iframe = page.locator('iframe.wp-embedded-content');
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await frame.waitForLoadState('load');
	return { iframe, frame, secret };
}

/** The messages the WordPress page received from the embed's frame. */
const fromFrame = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { wpMessages: [boolean, unknown][] }).wpMessages
			.filter(([own]) => own)
			.map(([, data]) => data)
	);

const wordpressCases = [
	{ url: 'http://localhost:4173/en/', chart: 'areas-overview' },
	{
		url: 'http://localhost:4174/interactive/fenxi-2020/zh-hant/s/poverty/',
		chart: 'poverty-units'
	},
	{ url: 'http://localhost:4173/embed/chart/locator-map/', chart: 'locator-map' },
	{ url: 'http://localhost:4173/en/embed/chart/city-map/', chart: 'city-map' }
];

for (const { url, chart } of wordpressCases) {
	test(`WordPress sets ${url}'s embed in its sandbox and sizes it by its protocol @anywhere`, async ({
		page
	}) => {
		const problems = watchFrames(page);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		const { iframe, frame, secret } = await embedInWordPress(page, url);
		await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
		// The frame keeps the height its content has, within WordPress's 200–1000 px.
		const content = () =>
			frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
		await expect
			.poll(async () => Number(await iframe.getAttribute('height')))
			.toBe(Math.min(1000, Math.max(200, await content())));
		// Nothing but heights, with the secret, the last the content's (the frame answers
		// WordPress's "ready" too: see the test of what it answers).
		const messages = await fromFrame(page);
		expect(messages.length).toBeGreaterThan(0);
		for (const message of messages) {
			expect(message).toEqual({ message: 'height', value: expect.any(Number), secret });
		}
		expect(messages.at(-1)).toEqual({ message: 'height', value: await content(), secret });
		// An opaque origin, where no module could load: the page as prerendered, whole.
		await expect(frame.locator('html')).toHaveAttribute('data-sandboxed', '');
		expect(requests.filter((r) => APP_SCRIPT.test(r))).toEqual([]);
		const figure = frame.locator(`[data-chart="${chart}"]`);
		await expect(figure).toBeVisible();
		// A map's shapes are in the page: a sandbox loads no file's symbols.
		for (const use of await figure.locator('use').all()) {
			const box = await use.boundingBox();
			expect(box && box.width * box.height, `${await use.getAttribute('href')}`).toBeGreaterThan(0);
		}
		expect(problems).toEqual([]);
	});
}

test('in WordPress, the overview of the areas fits its frame, and a click on an area opens its chapter in the reader’s window @anywhere', async ({
	page
}) => {
	const { iframe, frame } = await embedInWordPress(page, 'http://localhost:4173/en/');
	await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(200);
	// Every area is in the frame's 1,000 pixels (the caption under them may scroll inside it).
	const last = frame.locator('[data-chart="areas-overview"] li').last();
	const bottom = await last.evaluate((li) => li.getBoundingClientRect().bottom);
	expect(bottom).toBeLessThanOrEqual(Number(await iframe.getAttribute('height')));
	// A new window cannot open from WordPress's sandbox: the link is asked of WordPress,
	// which follows it in the top window, the frame having the focus.
	await frame.locator('a[href$="#poverty"]').click();
	await expect(page).toHaveURL('http://localhost:4173/en/#poverty');
});

test('in WordPress, the embed answers only its parent, with its own secret @anywhere', async ({
	page
}) => {
	const { frame, secret } = await embedInWordPress(
		page,
		'http://localhost:4173/embed/chart/poverty-units/'
	);
	// Laid out for good (its fonts in), and its last height told: nothing more comes unasked.
	await frame.evaluate(() => document.fonts.ready.then(() => undefined));
	const content = () =>
		frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
	await expect
		.poll(async () => ((await fromFrame(page)).at(-1) as { value?: number })?.value)
		.toBe(await content());
	await page.waitForTimeout(500);
	const before = (await fromFrame(page)).length;
	// "ready" with another secret, or from a window that is not the parent: no answer.
	await page.evaluate((secret) => {
		const target = document.querySelector('iframe')!.contentWindow!;
		target.postMessage({ message: 'ready', secret: `${secret.slice(1)}x` }, '*');
	}, secret);
	await frame.evaluate((secret) => postMessage({ message: 'ready', secret }, '*'), secret);
	await page.waitForTimeout(500);
	expect((await fromFrame(page)).length).toBe(before);
	// From the parent, with its secret: the height again.
	await page.evaluate((secret) => {
		document.querySelector('iframe')!.contentWindow!.postMessage({ message: 'ready', secret }, '*');
	}, secret);
	await expect.poll(async () => (await fromFrame(page)).length).toBe(before + 1);
});
