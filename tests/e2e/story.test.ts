import { expect, test, type Page } from '@playwright/test';
import { EDITIONS, editionPath } from '../../src/lib/editions';
import { stepsListId } from '../../src/lib/scroller/layout';
import {
	awake,
	chapterIds,
	editionPaths,
	layoutShifts,
	openLaidOut,
	openWithoutScript,
	readTo,
	recordLayoutShifts,
	readingState,
	scrollToEnd,
	settle,
	story,
	wakeAll,
	watch
} from './helpers';

/** How far a chapter's top is from the masthead's bottom edge, where a jump to it lands. */
async function belowMasthead(page: Page, id: string) {
	const [top, menuHeight] = await Promise.all([
		page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top),
		page.locator('.masthead').evaluate((el) => el.getBoundingClientRect().height)
	]);
	return Math.abs(top - menuHeight);
}

test.describe('reading the story', () => {
	test('a full scroll advances chapters and steps in order, the hash follows, no history entries, nothing shifts', async ({
		page
	}) => {
		// The whole story read stride by stride, each stride's state checked: its own time.
		test.setTimeout(120_000);
		const problems = watch(page);
		// Layout shifts while reading, not caused by the reader's input: a graphic that changes
		// height as its steps arrive moves the sticky graphic, and what is around it.
		await recordLayoutShifts(page);
		await page.goto('./');
		await awake(page);
		const reading = await page.evaluate(() => performance.now());
		const start = await readingState(page);
		const seenChapters: string[] = [];
		const lastStep: Record<string, number> = {};
		await scrollToEnd(page, Math.round(page.viewportSize()!.height * 0.35), async () => {
			const state = await readingState(page);
			if (state.chapter && seenChapters.at(-1) !== state.chapter) seenChapters.push(state.chapter);
			if (state.chapter) {
				const step = state.steps[state.chapter]!;
				// Within a chapter the active step never goes back while reading down.
				expect(step).toBeGreaterThanOrEqual(lastStep[state.chapter] ?? -1);
				lastStep[state.chapter] = step;
			}
		});
		expect(seenChapters).toEqual(chapterIds);
		for (const chapter of chapterIds) {
			const steps = await page.locator(`#${chapter} .step`).count();
			expect(lastStep[chapter], chapter).toBe(steps - 1);
		}
		await page.waitForTimeout(600);
		const end = await readingState(page);
		expect(end.hash).toBe(`#${end.chapter}`);
		expect(end.historyLength).toBe(start.historyLength);
		const whileReading = (await layoutShifts(page)).filter(([time]) => time >= reading);
		expect(whileReading.reduce((sum, [, value]) => sum + value, 0)).toBeLessThan(0.001);
		expect(problems).toEqual([]);
	});

	test("the first paint waits for the first chapter's graphic where it is centred, for the chapter's start on a phone, and the page has what it waits for", async ({
		page
	}) => {
		// An element that is not there would hold the paint until the whole page was read.
		// Each link holds where its media query does; at any width exactly one of a page's does.
		const waits = async (path: string) => {
			await page.goto(path);
			return page.locator('head link[rel="expect"][blocking="render"]').evaluateAll((links) =>
				links
					.filter((link) => matchMedia((link as HTMLLinkElement).media || 'all').matches)
					.map((link) => {
						const target = document.querySelector(link.getAttribute('href')!);
						return {
							id: target?.id,
							chapter: target?.closest('section')?.id,
							after: target?.previousElementSibling?.className ?? ''
						};
					})
			);
		};
		const phone = test.info().project.name === 'phone';
		for (const path of editionPaths) {
			const [wait, ...more] = await waits(path);
			expect(more, path).toEqual([]);
			// Beside the steps the graphic is centred: read whole, right before the list of steps.
			// Above the cards it stands at the top of its place and grows downward as it is read.
			expect(wait, path).toEqual(
				phone
					? { id: chapterIds[0], chapter: chapterIds[0], after: expect.any(String) }
					: {
							id: stepsListId(chapterIds[0]!, chapterIds),
							chapter: chapterIds[0],
							after: expect.stringMatching(/\bgraphic\b/)
						}
			);
		}
		// Stacked, each step's text is centred beside its graphic: the first chapter read whole.
		// On a phone the graphic is under its text and grows downward.
		for (const path of editionPaths) {
			const chapter = chapterIds[phone ? 0 : 1];
			expect(await waits(`${path}embed/`), path).toEqual([
				{ id: chapter, chapter, after: expect.any(String) }
			]);
		}
	});

	test('on a slow CPU nothing moves while the page is read in and woken', async ({ page }) => {
		// Three pages read and woken at 4x: up to 30 s on a busy CI machine.
		test.setTimeout(90_000);
		// With the CPU 4x slower the browser paints the page before it has read all of it:
		// anything read later must not move what was painted (a map's caption, read after its
		// three pictures, once made the centred graphic beside the first step jump 39 px).
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await recordLayoutShifts(page);
		for (const path of ['./', './en/', './embed/']) {
			await page.goto(path);
			await awake(page);
			const total = (await layoutShifts(page)).reduce((sum, [, value]) => sum + value, 0);
			// Under 0.0005: the English menu's chapter name, as it first fills in, moves the bar's
			// words by a pixel (0.00003); the map's caption had moved the graphic by 0.0015 to 0.003.
			expect(total, path).toBeLessThan(0.0005);
		}
	});

	for (const id of chapterIds) {
		// Under a base path, one chapter's link stands for all: the fragment is the page's own.
		const tags = id === 'industry' ? [] : ['@layout'];
		test(
			`a deep link to #${id} lands in that chapter, in its state`,
			{ tag: tags },
			async ({ page }) => {
				const problems = watch(page);
				await page.goto(`./#${id}`);
				// Until its island wakes, the chapter is in its prerendered (final) state.
				await awake(page);
				await settle(page);
				// Every chapter laid out from the start: none above moves the one asked for.
				await expect(page.locator('html')).not.toHaveAttribute('data-lazy-chapters');
				await expect(page.locator('main')).toHaveAttribute('data-chapter', id);
				expect(await belowMasthead(page, id)).toBeLessThan(4);
				const label = await page.locator(`#chapter-menu a[href="#${id}"]`).textContent();
				await expect(page.locator('#chapter-menu summary .current')).toContainText(
					label!.replace(/^\d+/, '').trim()
				);
				// The graphic is in the state of the step at the middle of the screen (once the
				// woken scroller's observer has reported): a callout shows exactly when its step
				// has arrived.
				const scroller = page.locator(`#${id} .scroller`);
				const active = () => scroller.getAttribute('data-active-step').then(Number);
				await expect.poll(active).toBeLessThanOrEqual(0);
				for (const callout of await page.locator(`#${id} .callout`).all()) {
					const revealed = Number(await callout.getAttribute('data-step')) <= (await active());
					if (revealed) await expect(callout).toHaveClass(/revealed/);
					else await expect(callout).not.toHaveClass(/revealed/);
				}
				expect(problems).toEqual([]);
			}
		);
	}

	test(
		'jumping to a later step lands in its state without playing the steps between',
		{ tag: '@layout' },
		async ({ page }) => {
			await page.goto('./');
			await readTo(page, '#poverty .step:last-child');
			const last = (await page.locator('#poverty .step').count()) - 1;
			await expect(page.locator('#poverty .scroller')).toHaveAttribute(
				'data-active-step',
				`${last}`
			);
			// Every callout at its final value at once: none counted up through the steps between.
			for (const id of ['poverty-211', 'poverty-509']) {
				const value = String(story.figures.find((f) => f.id === id)!.value);
				expect(await page.locator(`[data-figure="${id}"] .digits`).innerText()).toBe(value);
			}
		}
	);

	test('an unknown hash lands at the top without an error', async ({ page }) => {
		const problems = watch(page);
		await page.goto('./#no-such-chapter');
		await settle(page);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		expect(problems).toEqual([]);
	});

	test('the chapter menu jumps on a click and shows where the reader is', async ({ page }) => {
		await page.goto('./');
		await awake(page);
		// Opened at the top, the chapters off the screen are laid out only as they come near;
		// a jump lays them all out first, or it would land where estimated heights put it.
		const root = page.locator('html');
		await expect(root).toHaveAttribute('data-lazy-chapters');
		await page.locator('#chapter-menu summary').click();
		await page.locator('#chapter-menu a[href="#reform"]').click();
		await settle(page);
		await expect(root).not.toHaveAttribute('data-lazy-chapters');
		expect(await belowMasthead(page, 'reform')).toBeLessThan(4);
		await expect(page.locator('main')).toHaveAttribute('data-chapter', 'reform');
		await expect(page.locator('#chapter-menu a[aria-current="location"]')).toHaveAttribute(
			'href',
			'#reform'
		);
		await expect(page.locator('#chapter-menu details')).not.toHaveAttribute('open');
	});

	test('a new hash from outside the page (typed, or set by a script) lands at its chapter', async ({
		page
	}) => {
		await page.goto('./');
		await awake(page);
		await page.evaluate(() => (location.hash = '#safety'));
		await settle(page);
		await expect(page.locator('html')).not.toHaveAttribute('data-lazy-chapters');
		expect(await belowMasthead(page, 'safety')).toBeLessThan(4);
	});

	test(
		'the skip links move focus to the story and to the menu',
		{ tag: '@layout' },
		async ({ page }) => {
			await page.goto('./');
			await page.keyboard.press('Tab');
			await expect(page.locator('.skip-link[href="#story"]')).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.locator('main#story')).toBeFocused();
			await page.goto('./');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await expect(page.locator('.skip-link[href="#chapter-menu"]')).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.locator('#chapter-menu')).toBeFocused();
		}
	);

	test('the chapter menu opens and jumps by keyboard', { tag: '@layout' }, async ({ page }) => {
		await page.goto('./');
		await awake(page);
		await page.locator('#chapter-menu summary').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#chapter-menu details')).toHaveAttribute('open');
		for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
		await expect(page.locator('#chapter-menu a[href="#city"]')).toBeFocused();
		await page.keyboard.press('Enter');
		await settle(page);
		await expect(page.locator('main')).toHaveAttribute('data-chapter', 'city');
	});

	test('the framework overview links to each of the eight areas', async ({ page }) => {
		await page.goto('./');
		await awake(page);
		const links = page.locator('.overview .areas a');
		await expect(links).toHaveCount(8);
		await links.nth(4).click();
		await settle(page);
		await expect(page.locator('main')).toHaveAttribute('data-chapter', story.areas[4]!.chapter);
	});

	/** Each chapter's graphic, beside its text or behind it: not a stacked embed's. */
	const CHAPTER_GRAPHICS = '.scroller:not(.stacked) > .graphic';

	// Laptops, where the graphic sits beside the text; a common phone, where it fills the
	// screen behind the cards; and a short phone, where its words are set smaller to fit.
	const sizes = [
		{ width: 1280, height: 800 },
		{ width: 1366, height: 768 },
		{ width: 390, height: 844 },
		{ width: 360, height: 640 }
	];
	for (const { id } of EDITIONS)
		test(
			`on a laptop and on a phone every chapter's graphic fits its place: ${id}`,
			{ tag: '@layout' },
			async ({ page }) => {
				await openLaidOut(page, `.${editionPath(id)}`);
				for (const size of sizes) {
					await page.setViewportSize(size);
					await settle(page);
					const overflows = await page.locator(CHAPTER_GRAPHICS).evaluateAll((graphics) =>
						graphics
							.map((graphic) => {
								const { paddingTop, paddingBottom } = getComputedStyle(graphic);
								const room =
									graphic.clientHeight - parseFloat(paddingTop) - parseFloat(paddingBottom);
								// Its content's height: a stack squeezed to its place would still overflow.
								const stack = graphic.firstElementChild!.scrollHeight;
								return { chapter: graphic.closest('section')!.id, room, stack };
							})
							.filter(({ room, stack }) => stack > room + 1)
					);
					expect(overflows, `${size.width}×${size.height}`).toEqual([]);
				}
			}
		);

	// The small phones still sold and used (320 and 360 CSS pixels wide): a row wider than the
	// screen scrolls the whole page sideways and hides its own end.
	for (const path of [...editionPaths, './en/embed/', './en/embed/chart/areas-overview/'])
		test(
			`on a small phone nothing is wider than the screen: ${path}`,
			{ tag: '@layout' },
			async ({ page }) => {
				for (const width of [320, 360]) {
					await page.setViewportSize({ width, height: 640 });
					await openLaidOut(page, path);
					const wide = await page.evaluate(() => {
						// Inside a box that scrolls or clips sideways (a data table's), it is that box's.
						const contained = (el: Element) => {
							for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
								if (getComputedStyle(a).overflowX !== 'visible') return true;
							return false;
						};
						return [...document.querySelectorAll('body *')]
							.filter((el) => {
								const box = el.getBoundingClientRect();
								return box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5);
							})
							.filter((el) => !contained(el))
							.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
					});
					expect(wide.slice(0, 5), `${width} px`).toEqual([]);
					expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
				}
			}
		);

	test(
		'on a phone the sticky graphic sets its groups one under another and its captions smaller, smaller still on a short phone; a one-chart embed, as tall as its content, keeps its own layout',
		{ tag: '@layout' },
		async ({ page }) => {
			const columns = () =>
				page
					.locator('[data-chart="city-projects"] .structure > .groups')
					.evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
			// Every caption's size, in rem: the chapters' maps, charts and callouts alike.
			const captionSizes = (scope: string) =>
				page.locator(`${scope} figcaption`).evaluateAll((captions) => {
					const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
					return [...new Set(captions.map((c) => parseFloat(getComputedStyle(c).fontSize) / rem))];
				});
			for (const [size, caption] of [
				[{ width: 390, height: 844 }, 0.8],
				[{ width: 360, height: 640 }, 0.72]
			] as const) {
				await page.setViewportSize(size);
				await page.goto('./en/#city');
				await awake(page);
				expect(await columns()).toBe(1);
				expect(await captionSizes(CHAPTER_GRAPHICS), `${size.width}×${size.height}`).toEqual([
					caption
				]);
			}
			// A frame's height follows its content: a layout that followed the frame's height could
			// switch back and forth as the content grew or shrank past it.
			await page.goto('./en/embed/chart/city-projects/');
			expect(await columns()).toBe(2);
			expect(await captionSizes('[data-chart="city-projects"]')).toEqual([0.9]);
		}
	);

	test(
		"on a phone a tap or click between the cards reaches the graphic's controls",
		{ tag: '@layout' },
		async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto('./en/#poverty');
			await awake(page);
			const summary = page.locator(`#poverty ${CHAPTER_GRAPHICS} summary`).first();
			const box = (await summary.boundingBox())!;
			const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
			// Not under a card, at the chapter's start: the steps' layer itself lies over it.
			expect(
				await page.evaluate(
					([x, y]) => !document.elementFromPoint(x!, y!)?.closest('.card'),
					[x, y]
				)
			).toBe(true);
			// A click: its target is found as a tap's is, and a desktop browser has no touchscreen.
			await page.mouse.click(x, y);
			await expect(page.locator(`#poverty ${CHAPTER_GRAPHICS} details`).first()).toHaveAttribute(
				'open',
				''
			);
		}
	);

	for (const size of [
		{ width: 1280, height: 800 },
		{ width: 360, height: 640 }
	])
		test(
			`no callout's number runs out of its column: ${size.width}×${size.height}`,
			{ tag: '@layout' },
			async ({ page }) => {
				await page.setViewportSize(size);
				for (const path of editionPaths) {
					await openLaidOut(page, path);
					const over = await page
						.locator('.callout .number')
						.evaluateAll((numbers) =>
							numbers
								.filter((n) => n.scrollWidth > n.clientWidth + 1)
								.map((n) => `${n.closest('section')!.id}: ${n.textContent}`)
						);
					expect(over, path).toEqual([]);
				}
			}
		);

	for (const path of ['./', './zh-hant/'])
		test(
			`no paragraph ends on a line of one character and its stop: ${path}`,
			{ tag: '@layout' },
			async ({ page }) => {
				for (const width of [360, 1280]) {
					await page.setViewportSize({ width, height: 800 });
					await openLaidOut(page, path);
					const orphans = await page.locator('.step-text').evaluateAll((paragraphs) =>
						paragraphs.flatMap((p) => {
							const range = document.createRange();
							range.selectNodeContents(p);
							const lines = new Map<number, number>();
							for (const r of range.getClientRects())
								lines.set(Math.round(r.bottom), (lines.get(Math.round(r.bottom)) ?? 0) + r.width);
							const last = [...lines.values()].at(-1)!;
							const em = parseFloat(getComputedStyle(p).fontSize);
							return lines.size > 1 && last < 2.5 * em ? [p.textContent!.slice(-4)] : [];
						})
					);
					expect(orphans, `${width} px`).toEqual([]);
				}
			}
		);

	test(
		"beside the text, a chart's callouts are centred under it, however few they are",
		{ tag: '@layout' },
		async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await openLaidOut(page, './');
			const offsets = await page.locator(CHAPTER_GRAPHICS).evaluateAll((graphics) =>
				graphics.flatMap((graphic) => {
					const chart = graphic.querySelector('.chart .drawing');
					const callouts = [...graphic.querySelectorAll('.panel.compact .callout')];
					if (!chart || callouts.length === 0) return [];
					const middle = (left: number, right: number) => (left + right) / 2;
					const c = chart.getBoundingClientRect();
					const boxes = callouts.map((el) => el.getBoundingClientRect());
					const row = boxes.filter((b) => b.top === boxes[0]!.top);
					const offset = middle(row[0]!.left, row.at(-1)!.right) - middle(c.left, c.right);
					return [{ chapter: graphic.closest('section')!.id, offset: Math.round(offset) }];
				})
			);
			expect(offsets.map((o) => o.chapter).sort()).toEqual(
				['industry', 'outlook', 'poverty', 'projects'].sort()
			);
			for (const { chapter, offset } of offsets)
				expect(Math.abs(offset), chapter).toBeLessThanOrEqual(2);
		}
	);

	test('resizing and rotating keep the current step', { tag: '@layout' }, async ({ page }) => {
		await page.goto('./');
		await readTo(page, '#poverty .step:nth-child(2)');
		const scroller = page.locator('#poverty .scroller');
		await expect(scroller).toHaveAttribute('data-active-step', '1');
		const size = page.viewportSize()!;
		for (const next of [{ width: size.height, height: size.width }, size]) {
			await page.setViewportSize(next);
			await settle(page);
			await settle(page);
			await expect(scroller).toHaveAttribute('data-active-step', '1');
		}
	});
});

test.describe('number callouts', () => {
	const households = story.figures.find((f) => f.id === 'poverty-211')!;

	test(
		'the prerendered HTML holds every callout in its final value',
		{ tag: '@anywhere' },
		async ({ request }) => {
			const html = await (await request.get('./')).text();
			for (const id of ['poverty-211', 'poverty-509', 'projects-29']) {
				const value = story.figures.find((f) => f.id === id)!.value;
				expect(html).toMatch(
					new RegExp(`data-figure="${id}"[^]*?class="digits[^"]*">${value}</span>`)
				);
			}
			expect(html).toMatch(
				/data-figure="outlook-150000"[^]*?class="digits[^"]*">15<\/span><\/span>(<!--[^>]*-->)*<span class="magnitude/
			);
		}
	);

	/**
	 * Reads down to `step` and records every value the callout shows from that moment on,
	 * one a frame, until it has shown `final` for a quarter of a second (or ten seconds have
	 * passed): sampling starts with the scroll, so a busy machine can neither make it miss the
	 * count nor cut it short.
	 */
	const readAndSample = (page: Page, step: string, figure: string, final: number) =>
		page.evaluate(
			([stepSelector, figureSelector, last]) =>
				new Promise<string[]>((done) => {
					const digits = document.querySelector(figureSelector)!;
					document.querySelector(stepSelector)!.scrollIntoView({ block: 'center' });
					const seen: string[] = [];
					const start = performance.now();
					let settledAt: number | undefined;
					const tick = () => {
						const now = performance.now();
						const value = digits.textContent ?? '';
						seen.push(value);
						settledAt = value === last ? (settledAt ?? now) : undefined;
						const settled = settledAt !== undefined && now - settledAt > 250;
						if (settled || now - start > 10_000) done(seen);
						else requestAnimationFrame(tick);
					};
					requestAnimationFrame(tick);
				}),
			[step, `[data-figure="${figure}"] .digits`, String(final)] as const
		);

	test('a callout counts up when its step arrives', { tag: '@layout' }, async ({ page }) => {
		await page.goto('./');
		await wakeAll(page);
		await settle(page);
		await expect(page.locator('[data-figure="poverty-211"] .digits')).toHaveText('0');
		const seen = await readAndSample(
			page,
			'#poverty .step:first-child',
			'poverty-211',
			households.value
		);
		expect(seen.at(-1)).toBe(String(households.value));
		// It passed through values in between: it counted rather than cut.
		expect(seen.some((v) => Number(v) > 0 && Number(v) < households.value)).toBe(true);
	});

	test(
		'with reduced motion the final number shows at once',
		{ tag: '@layout' },
		async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto('./');
			await wakeAll(page);
			await settle(page);
			const seen = await readAndSample(
				page,
				'#poverty .step:first-child',
				'poverty-211',
				households.value
			);
			// Before the step has been seen it may still read 0; after, only the final value.
			expect(seen.filter((v) => v !== '0').every((v) => v === String(households.value))).toBe(true);
			expect(seen.at(-1)).toBe(String(households.value));
			const durations = await page
				.locator('[data-figure="poverty-211"]')
				.evaluate((el) => getComputedStyle(el).transitionDuration);
			expect(durations.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
		}
	);
});

test.describe('waking', () => {
	/** The islands awake now, and whether each is on the screen. */
	const islands = (page: Page) =>
		page.locator('[data-island]').evaluateAll((els) =>
			els.map((el) => {
				const box = el.getBoundingClientRect();
				return {
					id: el.getAttribute('data-island'),
					awake: el.hasAttribute('data-awake'),
					onScreen: box.bottom > 0 && box.top < innerHeight
				};
			})
		);

	for (const hash of ['', '#industry']) {
		test(`at load${hash ? ` (${hash})` : ''} only the chapters on the screen wake; the reader’s first scroll wakes the rest`, async ({
			page
		}) => {
			await page.goto(`./${hash}`);
			await awake(page);
			await expect(page.locator('main')).toHaveAttribute('data-awake', 'screen');
			const atLoad = await islands(page);
			expect(atLoad.filter((i) => i.awake).map((i) => i.id)).toEqual(
				atLoad.filter((i) => i.onScreen).map((i) => i.id)
			);
			if (hash) expect(atLoad.find((i) => i.id === 'industry')?.awake).toBe(true);
			// Asleep, a chapter is its prerendered self: its graphic in its final state.
			expect(atLoad.some((i) => !i.awake)).toBe(true);
			await page.evaluate(() => scrollBy(0, 40));
			await expect(page.locator('main')).toHaveAttribute('data-awake', 'all');
			expect((await islands(page)).every((i) => i.awake)).toBe(true);
		});
	}
});

test('without JavaScript the page is the complete article, graphics in their final state', async ({
	browser
}) => {
	const page = await openWithoutScript(browser, './');
	await expect(page.locator('section.chapter h2')).toHaveCount(chapterIds.length);
	for (const area of story.areas) {
		await expect(page.locator(`#${area.chapter} h2`)).toContainText(area.heading.second.text);
	}
	const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
	for (const p of story.paragraphs.filter((p) => p.role !== 'byline' && p.role !== 'editor')) {
		for (const s of p.sentences) {
			const sentence = story.text.slice(s.start, s.end).replace(/\s+/g, '');
			// Area headings stand in the h2 as 聚焦X，Y; the closing's first sentence heads the outlook.
			if (!sentence.startsWith('聚焦')) expect(text).toContain(sentence.replace(/。$/, ''));
		}
	}
	for (const id of ['poverty-211', 'poverty-509', 'projects-29']) {
		const value = String(story.figures.find((f) => f.id === id)!.value);
		await expect(page.locator(`[data-figure="${id}"] .digits`)).toHaveText(value);
	}
	await page.context().close();
});

test('the method note prints the cleaning counts from the extract, and the data downloads', async ({
	page,
	request
}) => {
	await page.goto('./');
	const method = page.locator('.method');
	const c = story.cleaning;
	await expect(method).toContainText(`删去拼音注音 ${c.pinyinAnnotations} 处`);
	await expect(method).toContainText(`多余的逗号 ${c.strayCommas} 处`);
	await expect(method).toContainText(`将 ${c.fullWidthPunctuation} 个半角标点改为全角`);
	await expect(method).toContainText(`整理空白 ${c.whitespace} 处`);
	const amounts = story.figures.filter((f) => f.role === 'amount').length;
	await expect(method).toContainText(
		`${story.figures.length} 处数字：其中 ${amounts} 处是数量或日期；${story.figures.length - amounts} 处是名称`
	);
	// Three files, their links set apart.
	await expect(method.locator('a[download]')).toHaveCount(3);
	await expect(method.locator('a[download] + .sep, .sep + a[download]')).toHaveCount(4);
	for (const link of await method.locator('a[download]').all()) {
		const href = await link.getAttribute('href');
		expect(href).not.toBeNull();
		expect((await request.get(new URL(href ?? '', page.url()).href)).status()).toBe(200);
	}
});
