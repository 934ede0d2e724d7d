import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { EDITIONS } from '../../src/lib/editions';
import { awake, chapterIds, openWithoutScript, watch } from './helpers';

const prefix = (segment: string) => (segment ? `${segment}/` : '');
/** A path of the site as an absolute URL, under the project's base URL. */
const site = (path: string) =>
	new URL(path, `${test.info().project.use.baseURL ?? ''}`.replace(/\/?$/, '/')).href;

test.describe('sharing a chapter', () => {
	test('the QR code reads as the chapter’s share link, in each edition', async ({ page }) => {
		for (const edition of EDITIONS) {
			await page.goto(`./${prefix(edition.segment)}#poverty`);
			await awake(page);
			const details = page.locator('#poverty details.share');
			await details.locator('summary').click();
			const link = await details.locator('.copy-field code').textContent();
			expect(link).toBe(site(`${prefix(edition.segment)}s/poverty/`));
			const src = await details.locator('.qr img').getAttribute('src');
			await page.goto(new URL(src!, page.url()).href);
			await page.setViewportSize({ width: 400, height: 400 });
			const png = PNG.sync.read(await page.locator('svg').screenshot());
			const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
			expect(code?.data, `${edition.id} QR`).toBe(link);
		}
	});

	test('copy link writes the link to the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('./en/#industry');
		await awake(page);
		const details = page.locator('#industry details.share');
		await details.locator('summary').click();
		await details.getByRole('button', { name: 'Copy link' }).click();
		await expect(details.getByRole('status')).toHaveText('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await details.locator('.copy-field code').textContent());
	});

	test('where the clipboard is blocked, the link is selected to copy by hand', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('blocked'));
		});
		await page.goto('./#city');
		await awake(page);
		const details = page.locator('#city details.share');
		await details.locator('summary').click();
		await details.getByRole('button', { name: '复制链接' }).click();
		await expect(details.getByRole('status')).toHaveText('无法自动复制：链接已选中，请手动复制');
		const selected = await page.evaluate(() => getSelection()?.toString());
		expect(selected).toBe(await details.locator('.copy-field code').textContent());
	});

	test('the Weibo link carries the chapter’s link, title and card', async ({ page }) => {
		await page.goto('./en/');
		const href = await page.locator('#reform details.share a[href*="weibo"]').getAttribute('href');
		const url = new URL(href!);
		expect(url.origin + url.pathname).toBe('https://service.weibo.com/share/share.php');
		expect(url.searchParams.get('url')).toBe(site('en/s/reform/'));
		expect(url.searchParams.get('title')).toContain('deepen reform and innovation');
		expect(url.searchParams.get('pic')).toBe(site('share/en/reform.png'));
	});
});

test.describe('share pages', () => {
	for (const edition of EDITIONS) {
		test(`${edition.id}: each chapter’s page has its card and its image`, async ({
			page,
			request
		}) => {
			for (const chapter of chapterIds) {
				const url = `./${prefix(edition.segment)}s/${chapter}/`;
				const response = await request.get(site(url));
				expect(response.ok()).toBe(true);
				const html = await response.text();
				const meta = (name: string) =>
					html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`))?.[1];
				expect(meta('og:title'), chapter).toBeTruthy();
				expect(meta('og:description'), chapter).toBeTruthy();
				expect(meta('twitter:card')).toBe('summary_large_image');
				expect(meta('og:image:width')).toBe('1200');
				expect(meta('og:image:height')).toBe('630');
				expect(html).toMatch(/<link rel="canonical" href="[^"]+\/s\/[a-z]+\/"/);
				expect(html).toContain('http-equiv="refresh"');
				const image = await request.get(meta('og:image')!);
				expect(image.ok(), meta('og:image')).toBe(true);
				const body = await image.body();
				expect(body.length).toBeLessThanOrEqual(150 * 1024);
				const png = PNG.sync.read(body);
				expect([png.width, png.height]).toEqual([1200, 630]);
			}
			// Readers land on the chapter in this edition.
			await page.goto(`./${prefix(edition.segment)}s/safety/`);
			await expect(page).toHaveURL(new RegExp(`/${prefix(edition.segment)}#safety$`));
			await expect(page.locator('html')).toHaveAttribute('lang', edition.id);
		});
	}

	test('a share page redirects to the story at its chapter, with and without scripts', async ({
		page,
		browser
	}) => {
		const problems = watch(page);
		await page.goto('./en/s/industry/');
		await expect(page).toHaveURL(/\/en\/#industry$/);
		await expect(page.locator('main')).toHaveAttribute('data-chapter', 'industry');
		expect(problems).toEqual([]);
		const noScript = await openWithoutScript(browser, site('zh-hant/s/outlook/'));
		await expect(noScript).toHaveURL(/\/zh-hant\/#outlook$/);
		await noScript.context().close();
	});
});
