import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import {
	allAwake,
	appRequested,
	cardReading,
	chapterIds,
	openWithoutScript,
	story
} from './helpers';
import { READING_LINE } from '../../src/lib/scroller/layout';

// The story embedded in other sites' pages, with the parent libraries those sites use:
// host pages (tests/e2e/hosts/) on another origin, http://127.0.0.1:4175, each embedding
// the URL in its ?src= with pym.js, @newswire/frames or @nprapps/sidechain, as each
// documents (scripts/test-servers.mjs serves them and the libraries from node_modules).
//
// pym.js parents report their viewport (`viewport-iframe-position`): on every scroll with
// trackscroll, and without it still whenever the child asks (`parentPositionInfo`, which
// pym answers either way). With a viewport the embed emulates the sticky graphic; frames
// and sidechain report nothing, so there the embed stays stacked, every step followed by
// its graphic.

const SITE = 'http://localhost:4173';
const HOSTS = 'http://127.0.0.1:4175';

interface Host {
	name: string;
	/** The parent library the host page (hosts/host.html) embeds with. */
	parent: 'pym' | 'frames' | 'sidechain';
	/** pym.js only: send the viewport on every scroll of the host. */
	trackscroll?: boolean;
	/** Whether the parent reports its viewport, so the embed can emulate sticky. */
	reportsViewport: boolean;
}

const hosts: Host[] = [
	{ name: 'pym.js with trackscroll', parent: 'pym', trackscroll: true, reportsViewport: true },
	{ name: 'pym.js', parent: 'pym', reportsViewport: true },
	{ name: '@newswire/frames', parent: 'frames', reportsViewport: false },
	{ name: '@nprapps/sidechain', parent: 'sidechain', reportsViewport: false }
];

/** An embed: its path, and whether it is the whole story (not one chart). */
interface Embed {
	path: string;
	story: boolean;
}

const embeds: Embed[] = [
	{ path: '/embed/', story: true },
	{ path: '/embed/chart/poverty-units/', story: false },
	{ path: '/en/embed/', story: true }
];

/** The chapter read through in the scrolling tests: a chart and several steps. */
const CHAPTER = 'poverty';

/** Every step of the story: every sentence but the area headings and the outlook's first. */
const STEPS =
	story.paragraphs
		.filter((p) => p.role !== 'byline' && p.role !== 'editor')
		.reduce((n, p) => n + p.sentences.length, 0) -
	story.areas.length -
	1;

function hostUrl(host: Host, path: string) {
	const url = new URL('host.html', `${HOSTS}/`);
	url.searchParams.set('src', new URL(path, SITE).href);
	url.searchParams.set('parent', host.parent);
	if (host.trackscroll) url.searchParams.set('trackscroll', '1');
	return url.href;
}

/** Console messages and errors from the host page and every frame in it. */
function watchFrames(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) =>
		problems.push(`console ${m.type()}: ${m.text()} (${m.location().url})`)
	);
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('crash', () => problems.push('the page crashed'));
	return problems;
}

interface Embedded {
	iframe: Locator;
	frame: Frame;
	problems: string[];
	/** The child id pym gave the embed (in its URL), if any. */
	childId: string | null;
}

/** Opens a host page and waits for the embed to load and report its height. */
async function openHost(page: Page, host: Host, embed: Embed): Promise<Embedded> {
	const { path } = embed;
	const problems = watchFrames(page);
	await page.goto(hostUrl(host, path));
	// Sidechain's iframe is in the element's shadow root: the locator goes through it.
	const iframe = page.locator('#story-embed iframe');
	await expect(iframe).toHaveCount(1);
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await expect.poll(() => frame.url()).toContain(new URL(path, SITE).href);
	await frame.waitForLoadState('load');
	const childId = new URL(frame.url()).searchParams.get('childId');
	// Read down to the frame, as a reader would. Chromium does not render a cross-origin
	// frame that is off screen: no layout for a new size, no ResizeObserver, no messages.
	await showFrameTop(page, iframe);
	// The frame asks for the app once it has painted: let it start, and where the parent
	// reports its viewport (and so drives the frame), let the story leave its stacked layout
	// for the emulated one and wake every chapter in it, each at its new height, before the
	// heights are compared.
	await appRequested(frame);
	if (host.reportsViewport && embed.story) {
		await expect(frame.locator('html')).toHaveAttribute('data-embed-layout', 'emulated');
		await allAwake(frame);
	}
	await expectHeightsMatch(iframe, frame);
	return { iframe, frame, problems, childId };
}

/** Scrolls the host so that the frame's top is a little below the top of the screen. */
async function showFrameTop(page: Page, iframe: Locator) {
	const top = (await iframe.boundingBox())!.y;
	await page.evaluate((y) => scrollBy({ top: y - 100, behavior: 'instant' }), top);
}

/** The frame's height in the host, and the child document's own. */
async function heights(iframe: Locator, frame: Frame) {
	const box = await iframe.boundingBox();
	const child = await frame.evaluate(() => ({
		document: document.documentElement.offsetHeight,
		// Content past the bottom of the root box would be cut off: the frame does not scroll.
		// (Not the frame's own viewport: Chromium leaves a very tall frame's at its first size.)
		overflow:
			document.documentElement.scrollHeight -
			Math.max(document.documentElement.offsetHeight, document.documentElement.clientHeight)
	}));
	return { frame: box?.height ?? 0, ...child };
}

async function expectHeightsMatch(iframe: Locator, frame: Frame) {
	await expect
		.poll(
			async () => {
				const h = await heights(iframe, frame);
				return Math.abs(h.frame - h.document);
			},
			{ timeout: 15_000 }
		)
		.toBeLessThanOrEqual(2);
	const h = await heights(iframe, frame);
	expect(Math.abs(h.frame - h.document), JSON.stringify(h)).toBeLessThanOrEqual(2);
	expect(h.overflow, `nothing overflows the frame: ${JSON.stringify(h)}`).toBeLessThanOrEqual(2);
	return h;
}

/**
 * The heights match, and a second later still do, at the same height: no height that feeds
 * on itself (a size in vh in a frame that grows with its content, say).
 */
async function expectStableHeight(iframe: Locator, frame: Frame) {
	const first = await expectHeightsMatch(iframe, frame);
	await frame.page().waitForTimeout(1000);
	const second = await expectHeightsMatch(iframe, frame);
	expect(
		Math.abs(second.frame - first.frame),
		`the height stays put: ${first.frame}, then ${second.frame}`
	).toBeLessThanOrEqual(2);
}

/** Two animation frames in the child, or 250 ms where a busy machine does not paint. */
async function settleFrame(frame: Frame) {
	await frame.evaluate(
		() =>
			new Promise((done) => {
				requestAnimationFrame(() => requestAnimationFrame(done));
				setTimeout(done, 250);
			})
	);
}

/** Scrolls the host page (not the frame) and waits for the parent's report to arrive. */
async function scrollHostTo(page: Page, frame: Frame, y: number) {
	await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
	// pym throttles its scroll reports (100 ms, with a trailing call).
	await page.waitForTimeout(250);
	await settleFrame(frame);
}

/** What a message could change: the layout, each scroller's step, each graphic's place. */
async function childState(frame: Frame) {
	return frame.evaluate(() => ({
		layout: document.documentElement.dataset.embedLayout ?? null,
		steps: [...document.querySelectorAll<HTMLElement>('.scroller')].map(
			(s) => s.dataset.activeStep ?? null
		),
		graphics: [...document.querySelectorAll<HTMLElement>('.scroller .graphic')].map(
			(g) => getComputedStyle(g).transform
		),
		height: document.documentElement.offsetHeight,
		url: location.href
	}));
}

/**
 * Reads the chapter by scrolling the host from a screen above it to past its end: the
 * active step at each stop, where the steps and the graphic are in the host's viewport.
 */
async function readChapterByScrolling(page: Page, iframe: Locator, frame: Frame) {
	const viewport = page.viewportSize()!;
	const steps = frame.locator(`#${CHAPTER} .scroller .step`);
	const count = await steps.count();
	expect(count).toBeGreaterThan(1);
	const scroller = frame.locator(`#${CHAPTER} .scroller`);
	const hostScroll = () => page.evaluate(() => scrollY);
	const chapterTop = async () => (await scroller.boundingBox())!.y + (await hostScroll());
	const chapterBottom = async () => {
		const box = (await scroller.boundingBox())!;
		return box.y + box.height + (await hostScroll());
	};
	const stride = Math.round(viewport.height * 0.2);
	const middle = viewport.height / 2;
	const samples: {
		y: number;
		active: number;
		firstTop: number;
		lastTop: number;
		graphic: { top: number; bottom: number } | null;
		activeTop: number | null;
		nextTop: number | null;
		scrollerTop: number;
		scrollerBottom: number;
	}[] = [];
	await scrollHostTo(page, frame, Math.max(0, (await chapterTop()) - viewport.height));
	const end = (await chapterBottom()) + 10;
	for (let y = await hostScroll(); y < end; y += stride) {
		await scrollHostTo(page, frame, y);
		const active = Number(await scroller.getAttribute('data-active-step'));
		const tops = await steps.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
		// Frame coordinates to the host's viewport: the iframe's top in the host.
		const frameTop = (await iframe.boundingBox())!.y;
		const graphicBox = await frame.locator(`#${CHAPTER} .scroller .graphic`).boundingBox();
		const scrollerBox = (await scroller.boundingBox())!;
		samples.push({
			y: await hostScroll(),
			active,
			firstTop: frameTop + tops[0]!,
			lastTop: frameTop + tops.at(-1)!,
			graphic: graphicBox && { top: graphicBox.y, bottom: graphicBox.y + graphicBox.height },
			activeTop: active >= 0 ? frameTop + tops[active]! : null,
			nextTop: active >= 0 && active + 1 < count ? frameTop + tops[active + 1]! : null,
			scrollerTop: scrollerBox.y,
			scrollerBottom: scrollerBox.y + scrollerBox.height
		});
	}
	return { samples, count, middle, viewport };
}

for (const host of hosts)
	for (const embed of embeds) {
		test.describe(`${host.name}, ${embed.path}`, () => {
			test('the frame is as tall as the child, after load and when the host narrows or widens', async ({
				page
			}) => {
				const { iframe, frame, problems } = await openHost(page, host, embed);
				await expectStableHeight(iframe, frame);
				const width = () => frame.evaluate(() => innerWidth);
				const widths = [await width()];
				for (const hostWidth of [600, 900]) {
					await page.setViewportSize({ width: hostWidth, height: 800 });
					await expect.poll(width).not.toBe(widths.at(-1));
					widths.push(await width());
					await expectHeightsMatch(iframe, frame);
					await expectStableHeight(iframe, frame);
				}
				expect(problems).toEqual([]);
			});

			if (embed.story && host.reportsViewport) {
				test('scrolling the host reads the story: the steps advance and the graphic stays in view', async ({
					page
				}) => {
					test.setTimeout(120_000);
					const { iframe, frame, problems } = await openHost(page, host, embed);
					const { samples, count, middle, viewport } = await readChapterByScrolling(
						page,
						iframe,
						frame
					);
					await expect(frame.locator('html')).toHaveAttribute('data-embed-layout', 'emulated');
					const actives = samples.map((s) => s.active);
					const trace = JSON.stringify(samples.map((s) => [s.y, s.active]));
					expect(actives[0], `before the chapter: ${trace}`).toBe(-1);
					expect(actives.at(-1), `after the chapter: ${trace}`).toBe(count - 1);
					for (let i = 1; i < actives.length; i++)
						expect(actives[i]!, `never back while reading down: ${trace}`).toBeGreaterThanOrEqual(
							actives[i - 1]!
						);
					// A stop every fifth of a screen: no step is skipped.
					expect(new Set(actives.filter((a) => a >= 0)).size, trace).toBe(count);
					let pinned = 0;
					for (const s of samples) {
						// The active step is the one at the middle of the host's screen.
						if (s.activeTop !== null && s.lastTop > middle + 4) {
							expect(s.activeTop, `step ${s.active} at ${s.y}`).toBeLessThanOrEqual(middle + 4);
							if (s.nextTop !== null)
								expect(s.nextTop, `step ${s.active + 1} at ${s.y}`).toBeGreaterThan(middle - 4);
						}
						// Sticky: while the chapter fills the host's screen, its graphic is all on it.
						if (s.scrollerTop <= 0 && s.scrollerBottom >= viewport.height) {
							pinned++;
							expect(s.graphic, `graphic at ${s.y}`).not.toBeNull();
							const where = `the graphic at ${s.y} (step ${s.active}): ${JSON.stringify(s.graphic)}`;
							expect(s.graphic!.top, where).toBeGreaterThanOrEqual(-2);
							expect(s.graphic!.bottom, where).toBeLessThanOrEqual(viewport.height + 2);
						}
					}
					expect(pinned, 'stops where the chapter filled the screen').toBeGreaterThanOrEqual(count);
					expect(problems).toEqual([]);
				});
			}

			if (!host.reportsViewport) {
				test('without a viewport from the parent the embed is stacked: every step shown, each followed by its graphic', async ({
					page
				}) => {
					const { iframe, frame, problems } = await openHost(page, host, embed);
					// Read down the whole host page and back: nothing reports a viewport.
					const height = await page.evaluate(() => document.documentElement.scrollHeight);
					for (let stop = 0; stop <= 8; stop++)
						await scrollHostTo(page, frame, Math.round((height * stop) / 8));
					await showFrameTop(page, iframe);
					await settleFrame(frame);
					await expect(frame.locator('html')).toHaveAttribute('data-embed-layout', 'stacked');
					const layout = await frame.evaluate(stackedLayout);
					expect(layout.problems).toEqual([]);
					expect(layout.steps).toBe(embed.story ? STEPS : 0);
					// On a phone, in one column: each graphic under its step's text.
					const width = () => frame.evaluate(() => innerWidth);
					const wide = await width();
					await page.setViewportSize({ width: 390, height: 844 });
					await expect.poll(width).toBeLessThan(wide);
					await settleFrame(frame);
					expect((await frame.evaluate(stackedLayout)).problems, 'at 390 px').toEqual([]);
					if (!embed.story) {
						await expect(frame.locator('[data-chart="poverty-units"]')).toBeVisible();
					}
					expect(problems).toEqual([]);
				});
			}

			test('messages from another frame change nothing, nor malformed ones from the parent', async ({
				page
			}) => {
				test.setTimeout(90_000);
				const { iframe, frame, problems, childId } = await openHost(page, host, embed);
				const id = childId ?? 'story-embed';
				if (embed.story && host.reportsViewport) {
					// Into the chapter, halfway through its steps.
					const steps = frame.locator(`#${CHAPTER} .scroller .step`);
					const half = steps.nth(Math.floor((await steps.count()) / 2));
					const box = (await half.boundingBox())!;
					const y = await page.evaluate(() => scrollY);
					await scrollHostTo(page, frame, y + box.y - page.viewportSize()!.height / 2 + 5);
					await expect(frame.locator('html')).toHaveAttribute('data-embed-layout', 'emulated');
				}
				await settleFrame(frame);
				const before = await childState(frame);
				const frameHeight = (await iframe.boundingBox())!.height;

				// A frame beside the embed, from the host's origin, posts what a parent would.
				const forger = page.frame({ url: /\/forger\.html$/ })!;
				const position = (top: number) =>
					`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 ${top} 0 ${top + 20000} 1280`;
				await forger.evaluate(
					({ messages }) =>
						(window as unknown as { forge(m: unknown[]): number }).forge([
							...messages,
							// Not JSON: what structured clone carries besides.
							new Uint8Array([1, 2, 3]),
							new Date(0),
							new Map([['sentinel', 'amp']])
						]),
					{
						messages: [
							position(-5000),
							position(0),
							position(-100000),
							`pymxPYMx${id}xPYMxwidthxPYMx300`,
							`pymxPYMx${id}xPYMxnavigateToxPYMxhttps://example.com/`,
							{ sentinel: 'amp', type: 'embed-size', height: 10 },
							{ sentinel: 'amp', type: 'frames-init' },
							{ sentinel: 'pym', type: 'viewport-iframe-position', value: '1280 800 -5000 0 0 0' },
							null,
							42,
							'',
							'pymxPYMx',
							'pymxPYMxxPYMxxPYMx',
							[position(-5000)],
							{ data: position(-5000) },
							'x'.repeat(100_000)
						]
					}
				);
				await page.waitForTimeout(500);
				await settleFrame(frame);
				expect(await childState(frame), 'after messages from another frame').toEqual(before);

				// From the parent itself, viewport reports that are not plausible.
				const malformed = [
					'NaN NaN NaN NaN NaN NaN',
					'1280 800',
					'1280 800 -5000 0 15000',
					'1280 800 -5000 0 15000 1280 7',
					'1280 800 a 0 15000 1280',
					'-1280 800 -5000 0 15000 1280',
					'1280 0 -5000 0 15000 1280',
					'1280 -800 -5000 0 15000 1280',
					'Infinity 800 -5000 0 15000 1280',
					'1e400 800 -5000 0 15000 1280',
					'1280 800 -1e400 0 15000 1280',
					'0x500 800 -5000 0 15000 1280',
					' 1280 800 -5000 0 15000 1280',
					'1280  800 -5000 0 15000 1280',
					'1280 800 -5000 0 -6000 1280'
				].map((payload) => `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx${payload}`);
				await page.evaluate(
					(messages) => {
						const target = (window as unknown as { embedFrame(): HTMLIFrameElement }).embedFrame()
							.contentWindow!;
						for (const m of messages) target.postMessage(m, '*');
					},
					[
						...malformed,
						`pymxPYMx${id}-other-childxPYMxviewport-iframe-positionxPYMx1280 800 -5000 0 15000 1280`,
						`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 -5000 0 15000 1280 `
					]
				);
				await page.waitForTimeout(500);
				await settleFrame(frame);
				expect(await childState(frame), 'after malformed messages from the parent').toEqual(before);
				expect((await iframe.boundingBox())!.height).toBeCloseTo(frameHeight, 0);

				if (embed.story && host.reportsViewport && childId) {
					// The check can fail: the same well-formed report from the parent does move it.
					await page.evaluate(
						(message) =>
							(window as unknown as { embedFrame(): HTMLIFrameElement })
								.embedFrame()
								.contentWindow!.postMessage(message, '*'),
						position(-100000)
					);
					await expect.poll(async () => (await childState(frame)).steps).not.toEqual(before.steps);
				}
				expect(problems).toEqual([]);
			});
		});
	}

// Stacked, each step has its graphic in that step's state, but a chart's data table (and its
// image links) is the chart's, not the step's: it comes once, with its chapter's last step.
test("the stacked embed gives each chart its data table once, with its chapter's last step", async ({
	browser
}) => {
	const page = await openWithoutScript(browser, './embed/');
	const chapters = await page.locator('.scroller.stacked').evaluateAll((scrollers) =>
		scrollers.map((scroller) => {
			const steps = [...scroller.querySelectorAll(':scope > .step')];
			return {
				chapter: scroller.closest('section')!.id,
				tables: steps.map((step) => step.querySelectorAll('.graphic .data-table').length),
				charts: steps.map((step) => step.querySelectorAll('.graphic [data-chart]').length)
			};
		})
	);
	expect(chapters.length).toBeGreaterThan(1);
	for (const { chapter, tables, charts } of chapters) {
		// Every step draws its charts; only the last carries their tables.
		expect(
			charts.every((n) => n === charts[0]),
			chapter
		).toBe(true);
		expect(tables, chapter).toEqual(charts.map((n, i) => (i === charts.length - 1 ? n : 0)));
	}
	expect(chapters.some(({ tables }) => tables.length > 1 && tables.at(-1)! > 0)).toBe(true);
	await page.context().close();
});

// On a phone the emulated embed reads as the story's page does: the graphic keeps the upper
// part of the host's screen, and each card, at the reading line there, hides (almost)
// nothing the graphic shows for it.
test.describe('on a phone, the emulated embed', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	const host = hosts[0]!;
	for (const path of ['/embed/', '/zh-hant/embed/', '/en/embed/'])
		test(`${path}: each card and what it shows are both in view, the graphic on the screen`, async ({
			page
		}) => {
			// Every card of the story, each a scroll of the host and a report from it: its own time.
			test.setTimeout(180_000);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const { iframe, frame, problems } = await openHost(page, host, { path, story: true });
			const viewport = page.viewportSize()!;
			const found: string[] = [];
			for (const chapter of chapterIds) {
				const cards = frame.locator(`#${chapter} .scroller > .steps > .step > .card`);
				for (let i = 0, n = await cards.count(); i < n; i++) {
					const card = cards.nth(i);
					// The card's middle to the host's reading line.
					const [box, frameTop, y] = await Promise.all([
						card.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
						iframe.evaluate((el) => el.getBoundingClientRect().top),
						page.evaluate(() => scrollY)
					]);
					const mid = frameTop + box.top + box.height / 2;
					await scrollHostTo(page, frame, y + mid - viewport.height * READING_LINE.below);
					const [r, step, graphic, top] = await Promise.all([
						card.evaluate(cardReading),
						card.evaluate((el) =>
							[...el.closest('.steps')!.children].indexOf(el.closest('.step')!)
						),
						frame
							.locator(`#${chapter} .scroller > .graphic`)
							.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
						iframe.evaluate((el) => el.getBoundingClientRect().top)
					]);
					const at = `${path} ${chapter} card ${i + 1}`;
					if (r.active !== step)
						found.push(`${at}: step ${r.active + 1} is active, not ${step + 1}`);
					if (r.under > 0.15) found.push(`${at}: ${Math.round(r.under * 100)}% under the card`);
					if (top + graphic.top < -2 || top + graphic.bottom > viewport.height + 2)
						found.push(`${at}: the graphic at ${top + graphic.top}–${top + graphic.bottom}`);
				}
			}
			expect(found).toEqual([]);
			expect(problems).toEqual([]);
		});
});

/**
 * In the child: every step shown, each with a graphic of its own that does not stick,
 * after the step's text (below it, or beside it to the right) and before the next step,
 * its callouts in that step's state. Runs in the browser.
 */
function stackedLayout() {
	const problems: string[] = [];
	const shown = (el: Element) => {
		const r = el.getBoundingClientRect();
		return (
			r.width > 0 &&
			r.height > 0 &&
			el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
		);
	};
	/** An element's own text (none inside a graphic): its box and its first node. */
	const textOf = (el: Element) => {
		let top = Infinity;
		let bottom = -Infinity;
		let right = -Infinity;
		let first: Node | null = null;
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.trim() || node.parentElement?.closest('.graphic')) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const r = range.getBoundingClientRect();
			if (r.height === 0) continue;
			first ??= node;
			top = Math.min(top, r.top);
			bottom = Math.max(bottom, r.bottom);
			right = Math.max(right, r.right);
		}
		return { top, bottom, right, first };
	};
	const steps = [...document.querySelectorAll('.step')];
	for (const scroller of document.querySelectorAll('.scroller')) {
		const chapter = scroller.closest('section')?.id;
		const own = steps.filter((s) => scroller.contains(s));
		const graphics = [...scroller.querySelectorAll('.graphic')].filter(shown);
		for (const g of graphics) {
			const position = getComputedStyle(g).position;
			if (position === 'sticky' || position === 'fixed')
				problems.push(`${chapter}: a graphic is ${position}`);
		}
		const used = new Set<Element>();
		const end = scroller.getBoundingClientRect().bottom;
		own.forEach((step, i) => {
			const where = `${chapter} step ${i}`;
			const text = textOf(step);
			if (!shown(step) || !text.first) {
				problems.push(`${where} is not shown`);
				return;
			}
			const top = step.getBoundingClientRect().top;
			const next = own[i + 1]?.getBoundingClientRect().top ?? end;
			const graphic = graphics.find((g) => {
				const r = g.getBoundingClientRect();
				return (
					!used.has(g) &&
					r.top >= top - 1 &&
					r.bottom <= next + 1 &&
					(r.top >= text.bottom - 1 || r.left >= text.right - 1) &&
					!!(text.first!.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING)
				);
			});
			if (!graphic) {
				problems.push(`${where} has no graphic of its own after its text`);
				return;
			}
			used.add(graphic);
			// In that step's state: a callout shows exactly when its step has arrived.
			for (const callout of graphic.querySelectorAll<HTMLElement>('.callout[data-step]')) {
				const due = Number(callout.dataset.step) <= i;
				if (due !== callout.classList.contains('revealed'))
					problems.push(
						`${where}: callout ${callout.dataset.figure ?? callout.dataset.step} is ${due ? 'not ' : ''}revealed`
					);
			}
		});
	}
	return { steps: steps.length, problems };
}
