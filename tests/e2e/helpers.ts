import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from '@playwright/test';
import type { Story } from '../../src/lib/extract/schema';
import { CHAPTER_IDS } from '../../src/lib/extract/chapters';
import { EDITIONS, editionPath } from '../../src/lib/editions';
import { PHONE_QUERY, READING_LINE } from '../../src/lib/scroller/layout';

export const story: Story = JSON.parse(readFileSync('static/data/story.json', 'utf8'));

/** axe-core, to put in a page once and run there as often as a test asks. */
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * What axe finds against WCAG 2.2 A and AA in the page as it is on the screen, or within
 * `include` (selectors) only, each violation named by `where`.
 */
export async function axeViolations(
	target: Page,
	where: string,
	include?: string[]
): Promise<string[]> {
	if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE);
	const found = await target.evaluate(
		async ({ include }) => {
			const { axe } = window as unknown as {
				axe: {
					run: (
						context: unknown,
						options: unknown
					) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
				};
			};
			const { violations } = await axe.run(
				include ? { include: include.map((selector) => [selector]) } : document,
				{
					runOnly: {
						type: 'tag',
						values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
					},
					resultTypes: ['violations']
				}
			);
			return violations.map((v) => `${v.id} (${v.nodes.length})`);
		},
		{ include }
	);
	return found.map((violation) => `${where}: ${violation}`);
}

/** Waits until nothing animates on the page (a callout arriving, a chart moving). */
export async function stillness(page: Page) {
	await page.waitForFunction(() =>
		document.getAnimations().every((a) => a.playState !== 'running')
	);
}
export const chapterIds: readonly string[] = CHAPTER_IDS;
/** Each edition's story, relative to the site: './', './zh-hant/', './en/'. */
export const editionPaths: readonly string[] = EDITIONS.map((e) => `.${editionPath(e.id)}`);

/** Collects console messages, page errors and requests to other hosts: a clean page has none. */
export function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		if (new URL(r.url()).hostname !== 'localhost') problems.push(`request to ${r.url()}`);
	});
	return problems;
}

/**
 * Waits until the story answers on the screen: its shell (the menu, the switcher) and the
 * islands on the screen (their chapters' steps, graphics and share controls) are awake. The
 * other islands wake from the reader's first gesture on (see `wakeAll`, `readTo`).
 */
export async function awake(page: Page) {
	await page.locator('main[data-awake]').waitFor({ state: 'attached' });
}

/**
 * Records the page's layout shifts not caused by the reader's input, from its start: call
 * before `goto`. `layoutShifts` reads them, each as [start time, value].
 */
export async function recordLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { layoutShifts: [number, number][] };
		w.layoutShifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!e.hadRecentInput) w.layoutShifts.push([e.startTime, e.value]);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

export function layoutShifts(page: Page): Promise<[number, number][]> {
	return page.evaluate(
		() => (window as unknown as { layoutShifts: [number, number][] }).layoutShifts
	);
}

/** Wakes every island, as a reader's first key does (Shift moves nothing), and waits for all. */
export async function wakeAll(page: Page) {
	await awake(page);
	await page.keyboard.press('Shift');
	await allAwake(page);
}

/** The app's script, by its URL. */
export const APP_SCRIPT = /\/_app\/immutable\/.*\.js$/;

/** Waits until a page or frame has asked for the app's script (after its first paint). */
export async function appRequested(target: Page | Frame) {
	await target.waitForFunction(
		(source) =>
			performance.getEntriesByType('resource').some((e) => new RegExp(source).test(e.name)),
		APP_SCRIPT.source
	);
}

/** Waits until every island of a page or frame is awake. */
export async function allAwake(target: Page | Frame) {
	await target.locator('main[data-awake="all"]').waitFor({ state: 'attached' });
}

/**
 * Waits until the app has started: its script has come, and the network has been quiet
 * since, by which time the page is hydrated (hydration can follow the load event).
 */
export async function started(page: Page) {
	await appRequested(page);
	await page.waitForLoadState('networkidle');
}

/**
 * Brings a page up as a reader who has begun has it: its app started and, where it has
 * islands (the story, its embed, a chart embed's graphic), every island awake.
 */
export async function bringUp(page: Page) {
	await started(page);
	if ((await page.locator('[data-island]').count()) > 0) await wakeAll(page);
}

/**
 * Opens `path` (a story, an embed) at its last chapter, so that every chapter is laid out
 * (see app.html), and brings it up.
 */
export async function openLaidOut(page: Page, path: string) {
	await page.goto(`${path}#outlook`);
	await bringUp(page);
}

/**
 * `path` as a reader without JavaScript gets it, in a browser context of its own (the test's
 * page has its script on); close it with `page.context().close()`.
 */
export async function openWithoutScript(browser: Browser, path: string): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(path);
	return page;
}

/** The chapter the page says the reader is in, and each chapter's active step. */
export async function readingState(page: Page) {
	return page.evaluate(() => ({
		chapter: document.querySelector('main')?.dataset.chapter ?? null,
		steps: Object.fromEntries(
			[...document.querySelectorAll<HTMLElement>('section.chapter')].map((s) => [
				s.id,
				Number(s.querySelector<HTMLElement>('.scroller')?.dataset.activeStep)
			])
		),
		hash: location.hash,
		historyLength: history.length
	}));
}

/**
 * Waits until the observers have reported: two animation frames, or 250 ms where a busy
 * machine does not paint (observer callbacks are queued with the frame).
 */
export async function settle(page: Page) {
	await page.evaluate(
		() =>
			new Promise((done) => {
				requestAnimationFrame(() => requestAnimationFrame(done));
				setTimeout(done, 250);
			})
	);
}

/**
 * Reads down to the end of the page with the wheel, `stride` pixels at a time, settling after
 * each (and calling `each`). Until the end is reached, not to a height measured at the start:
 * chapters not yet near are laid out at an estimated height, so the page grows as it is read.
 */
export async function scrollToEnd(page: Page, stride: number, each?: () => Promise<void>) {
	for (let strides = 0; strides < 1000; strides++) {
		await page.mouse.wheel(0, stride);
		await settle(page);
		await each?.();
		const atEnd = await page.evaluate(
			() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1
		);
		if (atEnd) return;
	}
	throw new Error('scrollToEnd: 1000 strides and the page has not ended');
}

/**
 * Scrolls a step (or anything) to the reading line, as reading down to it would (the middle
 * of the screen beside the graphic; on a phone, the middle of the cards' part below it), and
 * waits for its island to be awake (the scroll wakes the islands still asleep, one a task).
 * A jump lays out the chapters it lands among, whose heights were estimates until then: the
 * target is put back on the line until it stays there.
 */
export async function readTo(page: Page, selector: string) {
	const target = page.locator(selector);
	for (let tries = 0; ; tries++) {
		const moved = await target.evaluate(
			(el, { query, line }) => {
				// A step: its first card, which is what comes to the line first. Anything else (an
				// overview's row) is read at the middle of the screen.
				const card = el.matches('.step') ? (el.querySelector('.card') ?? el) : el;
				const r = card.getBoundingClientRect();
				const at = el.closest('.steps') && matchMedia(query).matches ? line.below : line.beside;
				const by = Math.round(r.top + r.height / 2 - innerHeight * at);
				if (by !== 0) scrollBy({ top: by, behavior: 'instant' });
				return Math.abs(by) > 1;
			},
			{ query: PHONE_QUERY, line: READING_LINE }
		);
		await page.waitForFunction(
			(el) => !el.closest('[data-island]:not([data-awake])'),
			await target.elementHandle()
		);
		await settle(page);
		if (!moved) return;
		if (tries === 5) throw new Error(`readTo: ${selector} does not stay on the reading line`);
	}
}

/** What the graphic of a card's chapter looks like with that card where it is. */
export interface CardReading {
	/** The share of the area of the graphic's shown parts that lies under the card. */
	under: number;
	card: number;
	/** The graphic's content, and the room it has. */
	stack: number;
	room: number;
	/** The tallest band inside the graphic's content with nothing visible in it. */
	band: number;
	/**
	 * The width of the narrowest picture on stage (a chart's drawing, a map's frame): 0 if one
	 * collapsed; Infinity with none.
	 */
	picture: number;
	active: number;
}

/**
 * Measures the graphic of `card`'s chapter against the card (runs in the page, or in an
 * embed's frame, where the graphic is emulated: both in the frame's coordinates).
 */
export function cardReading(card: Element): CardReading {
	const section = card.closest('section')!;
	const scroller = section.querySelector<HTMLElement>('.scroller')!;
	const graphic = scroller.querySelector<HTMLElement>(':scope > .graphic')!;
	const box = card.getBoundingClientRect();
	// The parts the graphic shows now: the picture on stage, its caption, the latest callouts.
	const parts = graphic.querySelectorAll(
		'.stage:not(.offstage) :is(.drawing, .frame, figcaption), .callout.revealed.latest'
	);
	let total = 0;
	let under = 0;
	for (const part of parts) {
		const r = part.getBoundingClientRect();
		total += r.width * r.height;
		const x = Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left));
		const y = Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top));
		under += x * y;
	}
	// What is visible in the graphic: an element shown and not (nearly) transparent, that
	// draws text, a shape or a border. Its vertical extent counts as covered.
	const visible = (el: Element) => {
		for (let a: Element | null = el; a && a !== graphic; a = a.parentElement) {
			const style = getComputedStyle(a);
			if (style.visibility === 'hidden' || Number(style.opacity) < 0.05) return false;
		}
		return getComputedStyle(el).display !== 'none';
	};
	const draws = (el: Element) => {
		const style = getComputedStyle(el);
		return (
			el instanceof SVGElement ||
			[...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '') ||
			parseFloat(style.borderTopWidth) > 0
		);
	};
	const spans = [...graphic.querySelectorAll('*')]
		.filter(
			(el) => draws(el) && visible(el) && !el.closest('.visually-hidden, [aria-hidden] .reserve')
		)
		.map((el) => el.getBoundingClientRect())
		.filter((r) => r.height > 0 && r.width > 0)
		.map((r) => [r.top, r.bottom] as const)
		.sort((a, b) => a[0] - b[0]);
	let band = 0;
	let reach = spans[0]?.[1] ?? 0;
	for (const [top, bottom] of spans) {
		band = Math.max(band, top - reach);
		reach = Math.max(reach, bottom);
	}
	const style = getComputedStyle(graphic);
	return {
		under: total > 0 ? under / total : 0,
		card: box.height,
		stack: graphic.firstElementChild!.scrollHeight,
		room: graphic.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
		band,
		picture: Math.min(
			...[...graphic.querySelectorAll('.stage:not(.offstage) :is(.drawing, .frame)')].map(
				(el) => el.getBoundingClientRect().width
			)
		),
		active: Number(scroller.dataset.activeStep)
	};
}
