import { expect, test, type Frame, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

// The options a host writes into an embed's URL (README, "Embed options"), on every kind of
// embed (the story, a chart, a map; an edition; under a base path), in a light and a dark
// host page: theme=light|dark|auto, plain, transparent. Anything else is ignored.

const HOSTS = 'http://127.0.0.1:4175';
const embeds = [
	'http://localhost:4173/embed/',
	'http://localhost:4173/embed/chart/poverty-units/',
	'http://localhost:4173/en/embed/chart/locator-map/',
	'http://localhost:4174/interactive/fenxi-2020/zh-hant/embed/chart/people-units/'
];

/** The palettes' page colours (global.css and app.html), and the host pages' (hosts/host.css). */
const PAPER = { light: 'rgb(253, 252, 250)', dark: 'rgb(20, 20, 22)' };
const HOST_PAGE = { light: [255, 253, 248], dark: [32, 33, 36] };

type Scheme = 'light' | 'dark';

/** Opens `embed` with `query` in the host page, made with pym.js, in a `scheme` page. */
async function embedIn(page: Page, embed: string, query: string, scheme: Scheme): Promise<Frame> {
	const host = new URL(`${HOSTS}/host.html`);
	host.searchParams.set('src', `${embed}${query}`);
	host.searchParams.set('parent', 'pym');
	if (scheme === 'dark') host.searchParams.set('scheme', 'dark');
	await page.goto(host.href);
	const iframe = page.locator('#story-embed iframe');
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await frame.waitForLoadState('load');
	// Down to the frame, its top near the top of the screen: Chromium paints no cross-origin
	// frame off the screen.
	const top = (await iframe.boundingBox())!.y;
	await page.evaluate((y) => scrollBy({ top: y - 100, behavior: 'instant' }), top);
	return frame;
}

/** The colours an embed paints with, and the scheme it says it is in. */
const colours = (frame: Frame) =>
	frame.evaluate(() => ({
		paper: getComputedStyle(document.body).backgroundColor,
		scheme: getComputedStyle(document.documentElement).colorScheme
	}));

/** The colour the reader sees at a point of the host page (and any frame on it). */
async function pixel(page: Page, x: number, y: number) {
	const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
	return [...png.data.subarray(0, 3)];
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in a ${scheme} host page, on a ${scheme} system`, () => {
		test.use({ colorScheme: scheme });

		for (const embed of embeds) {
			test(`theme picks the palette and the scheme, auto or nothing the system's: ${embed} @anywhere`, async ({
				page
			}) => {
				const cases: [string, Scheme, string][] = [
					['', scheme, 'light dark'],
					['?theme=auto', scheme, 'light dark'],
					['?theme=blue', scheme, 'light dark'],
					['?theme=light', 'light', 'light'],
					['?theme=dark', 'dark', 'dark']
				];
				for (const [query, shown, declared] of cases) {
					const frame = await embedIn(page, embed, query, scheme);
					expect(await colours(frame), query).toEqual({ paper: PAPER[shown], scheme: declared });
				}
			});
		}

		for (const embed of embeds) {
			test(`transparent shows the host's page through the frame, in the host's scheme: ${embed} @anywhere`, async ({
				page
			}) => {
				for (const [query, seen] of [
					[`?theme=${scheme}`, PAPER[scheme]],
					[`?theme=${scheme}&transparent`, HOST_PAGE[scheme]],
					[`?theme=${scheme}&transparent=1`, HOST_PAGE[scheme]],
					// Not a value it knows: ignored.
					[`?theme=${scheme}&transparent=no`, PAPER[scheme]]
				] as const) {
					const frame = await embedIn(page, embed, query, scheme);
					const box = (await page.locator('#story-embed iframe').boundingBox())!;
					// The frame's top left corner: the page's margin, where nothing is drawn.
					const expected = typeof seen === 'string' ? seen.match(/\d+/g)!.map(Number) : [...seen];
					// Once the frame has painted (a frame just scrolled to may not have yet): its
					// next two frames, then the pixel until it settles.
					await frame.evaluate(
						() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
					);
					await expect
						.poll(() => pixel(page, box.x + 4, box.y + 4), { message: query })
						.toEqual(expected);
					const paper = (await colours(frame)).paper;
					if (typeof seen !== 'string') expect(paper).toBe('rgba(0, 0, 0, 0)');
				}
			});
		}
	});
}

for (const embed of embeds) {
	test(`plain leaves the title, note and source lines to the host: hidden, still read by a screen reader: ${embed} @anywhere`, async ({
		page
	}) => {
		/** The embed as it opens with `query`: its lines, and where its first graphic begins. */
		const open = async (query: string) => {
			await page.goto(`${embed}${query}`);
			const lines = page.locator('.embed-title, .embed-credit');
			const first = page.locator('[data-chart]').first();
			return { lines, top: (await first.boundingBox())!.y };
		};
		const shown = await open('');
		expect(await shown.lines.count(), embed).toBeGreaterThan(0);
		for (const line of await shown.lines.all()) {
			expect((await line.boundingBox())!.height, embed).toBeGreaterThan(1);
		}
		for (const query of ['?plain', '?plain=1', '?plain=true']) {
			const plain = await open(query);
			expect(plain.top, `${embed}${query}`).toBeLessThan(shown.top);
			for (const line of await plain.lines.all()) {
				expect((await line.boundingBox())!.height, `${embed}${query}`).toBeLessThanOrEqual(1);
				expect((await line.textContent())!.trim()).not.toBe('');
			}
		}
		// Not a value it knows: ignored.
		expect((await open('?plain=no')).top, embed).toBe(shown.top);
	});
}

test('the embed panel writes the options it is given into every snippet @anywhere', async ({
	page
}) => {
	await page.goto('./en/#outlook');
	await page.locator('main[data-awake]').waitFor({ state: 'attached' });
	await page.keyboard.press('Shift');
	await page.locator('main[data-awake="all"]').waitFor({ state: 'attached' });
	const panel = page.locator('.embed-panel');
	await panel.locator('summary').click();
	const snippets = panel.locator('code');
	const count = await snippets.count();
	expect(count).toBeGreaterThan(2);
	for (const code of await snippets.all()) expect(await code.textContent()).not.toContain('theme=');
	await panel.getByLabel('Colours').selectOption('dark');
	await panel.getByLabel(/no title or source line/).check();
	await panel.getByLabel('no background').check();
	for (const code of await snippets.all()) {
		expect(await code.textContent()).toMatch(/\/\?theme=dark&amp;plain=1&amp;transparent=1"/);
	}
});
