import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { EDITIONS, editionPath } from '../../src/lib/editions';
import { CHAPTER_IDS } from '../../src/lib/extract/chapters';
import { LONG_IMAGE } from '../../scripts/images/long';
import { readText } from '../../scripts/images/png';

// The share cards and chart images are pictures of the built graphics, made by a script and
// committed: a change to a graphic or a word leaves them stale unless they are made again.
// Drawn at fixed sizes, they are checked once (not in the phone project), each kind in a
// test of its own, so that two workers check them side by side.
for (const kind of ['cards', 'charts'])
	test(`the committed ${kind} are what the build draws`, async ({ baseURL }) => {
		test.setTimeout(240_000);
		// spawnSync holds the worker, so the test's own timeout could not stop it: it has its own.
		const run = spawnSync(
			'npx',
			['tsx', 'scripts/images.ts', baseURL!, '--check', `--only=${kind}`],
			{
				encoding: 'utf8',
				timeout: 230_000
			}
		);
		expect(run.error).toBeUndefined();
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain(`every committed image (${kind}) is what the build draws`);
	});

// The long images show the deployment's link, so each build makes its own: here, that each
// is there, 1080 px wide, within 1 MB, and that its words are its chapter's.
for (const edition of EDITIONS)
	test(`every chapter's long image for WeChat, ${edition.id}`, async ({ page, request }) => {
		test.setTimeout(60_000);
		const story = `.${editionPath(edition.id)}`;
		await page.goto(story);
		const steps = await page.evaluate(
			({ chapters, joiner }) =>
				Object.fromEntries(
					chapters.map((id) => [
						id,
						[...document.querySelectorAll(`#${id} li.step`)]
							.map((li) =>
								[...li.querySelectorAll('.step-text')]
									.map((p) => p.textContent!.trim())
									.join(joiner)
							)
							.join('\n')
					])
				),
			{ chapters: [...CHAPTER_IDS], joiner: edition.id === 'en' ? ' ' : '' }
		);
		for (const chapter of CHAPTER_IDS) {
			const response = await request.get(`./wechat/${edition.id}/${chapter}.png`);
			expect(response.status(), chapter).toBe(200);
			const bytes = await response.body();
			expect(bytes.length, chapter).toBeLessThanOrEqual(LONG_IMAGE.maxBytes);
			expect(PNG.sync.read(bytes).width, chapter).toBe(LONG_IMAGE.width);
			const text = readText(bytes);
			const share = new URL(`s/${chapter}/`, page.url()).href;
			const sharePage = await (await request.get(share)).text();
			expect(text.Title, chapter).toBe(/<h1[^>]*>([^<]*)<\/h1>/.exec(sharePage)![1]);
			expect(text.Description, chapter).toBe(steps[chapter]);
			expect(text.URL, chapter).toBe(share);
			expect(text.Source, chapter).toContain(
				(await page.locator('footer.credits p').nth(1).textContent())!.trim()
			);
		}
	});

test.describe('images offered to readers', () => {
	test('each chart offers its image beside its table, in the palette the reader sees', async ({
		page,
		request
	}) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('./en/');
			const links = page.locator('#poverty .image-links a');
			await expect(links.filter({ visible: true })).toHaveText(['PNG', 'SVG']);
			for (const link of await links.filter({ visible: true }).all()) {
				const href = await link.getAttribute('href');
				expect(href).toMatch(new RegExp(`charts/en/poverty-units-${scheme}\\.(png|svg)$`));
				expect(await link.getAttribute('download')).toBe('');
				const response = await request.get(new URL(href!, page.url()).href);
				expect(response.headers()['content-type']).toMatch(/^image\/(png|svg\+xml)/);
			}
		}
	});

	test('a one-chart embed offers its image too', async ({ page }) => {
		await page.goto('./embed/chart/city-map/');
		await expect(page.locator('.image-links')).toContainText('下载图片');
		await expect(page.locator('.image-links a').first()).toHaveAttribute(
			'href',
			/charts\/zh-Hans\/city-map-light\.png$/
		);
	});

	test("a chapter's share control offers its long image for WeChat", async ({ page, request }) => {
		await page.goto('./zh-hant/');
		const share = page.locator('#industry details.share');
		await share.locator('summary').click();
		const link = share.getByRole('link', { name: '微信長圖' });
		await expect(link).toHaveAttribute('href', /wechat\/zh-Hant\/industry\.png$/);
		const response = await request.get(
			new URL((await link.getAttribute('href'))!, page.url()).href
		);
		expect(response.headers()['content-type']).toBe('image/png');
	});
});
