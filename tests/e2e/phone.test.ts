import { expect, test, type Page } from '@playwright/test';
import { EDITIONS, editionPath } from '../../src/lib/editions';
import { READING_LINE } from '../../src/lib/scroller/layout';
import { cardReading, chapterIds, openLaidOut, settle, wakeAll } from './helpers';

// On a phone the graphic keeps the upper part of the screen and the cards pass through the
// lower: read at the reading line, or as its step arrives, a card hides (almost) nothing the
// graphic shows for it, and neither needs more room than it has. Checked at every card of
// every step, in every edition, on three phones: a common one, a short one and the smallest.
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 },
	{ width: 320, height: 568 }
];

/**
 * Scrolls so that the middle of `selector`, or its top, comes to the reading line, and waits
 * until its step is the active one (at most a second: after that, the reading says which is).
 */
async function bringTo(page: Page, selector: string, at: 'middle' | 'top') {
	const card = page.locator(selector);
	await card.evaluate(
		(el, { at, line }) => {
			const r = el.getBoundingClientRect();
			const y = at === 'middle' ? r.top + r.height / 2 : r.top + 2;
			window.scrollBy({ top: y - innerHeight * line, behavior: 'instant' });
		},
		{ at, line: READING_LINE.below }
	);
	await page
		.waitForFunction(
			(el) => {
				const step = el.closest('.step')!;
				const scroller = step.closest<HTMLElement>('.scroller')!;
				return (
					Number(scroller.dataset.activeStep) === [...step.parentElement!.children].indexOf(step)
				);
			},
			await card.elementHandle(),
			{ timeout: 1000 }
		)
		.catch(() => {});
	await settle(page);
}

for (const edition of EDITIONS)
	for (const phone of PHONES)
		test(`${edition.id} at ${phone.width}×${phone.height}: each card and what it shows are both in view, and the graphic fits, its picture drawn`, async ({
			page
		}) => {
			// A walk of every card of the story: up to 60 s on a busy 2-core machine, so twice that and more.
			test.setTimeout(150_000);
			// States arrive at once: what is measured is where things end, not how they get there.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setViewportSize(phone);
			await openLaidOut(page, `.${editionPath(edition.id)}`);
			const problems: string[] = [];
			for (const chapter of chapterIds) {
				const steps = await page.locator(`#${chapter} .scroller > .steps > .step`).count();
				for (let step = 1; step <= steps; step++) {
					const stepSel = `#${chapter} .scroller > .steps > .step:nth-child(${step})`;
					const cards = await page.locator(`${stepSel} > .card`).count();
					// As the step arrives: its first card's top just past the reading line.
					await bringTo(page, `${stepSel} > .card:first-child`, 'top');
					const arriving = await page
						.locator(`${stepSel} > .card:first-child`)
						.evaluate(cardReading);
					const where = `${chapter} step ${step}`;
					if (arriving.active !== step - 1)
						problems.push(`${where} arriving: step ${arriving.active + 1} is active`);
					if (arriving.under > 0.15)
						problems.push(`${where} arriving: ${Math.round(arriving.under * 100)}% under the card`);
					for (let card = 1; card <= cards; card++) {
						const cardSel = `${stepSel} > .card:nth-child(${card})`;
						await bringTo(page, cardSel, 'middle');
						const r = await page.locator(cardSel).evaluate(cardReading);
						const at = `${where} card ${card}`;
						if (r.active !== step - 1) problems.push(`${at}: step ${r.active + 1} is active`);
						if (r.under > 0.15)
							problems.push(`${at}: ${Math.round(r.under * 100)}% under the card`);
						if (r.card > phone.height * 0.75) problems.push(`${at}: the card is ${r.card} px tall`);
						if (r.stack > r.room + 1)
							problems.push(`${at}: the graphic is ${r.stack} px in ${r.room}`);
						if (r.band > phone.height * 0.25) problems.push(`${at}: an empty band of ${r.band} px`);
						// A picture drawn as a speck, or not at all (a grid item once shrank to 0); the
						// smallest phone's unit grid is about a fifth of its width.
						if (r.picture < phone.width / 5)
							problems.push(`${at}: a picture ${Math.round(r.picture)} px wide`);
					}
				}
			}
			expect(problems).toEqual([]);
		});

test('at 390 wide every label of a map or chart is at least 11 px, at every step', async ({
	page
}) => {
	// Every step of the story in each edition: up to 60 s on a busy 2-core machine.
	test.setTimeout(150_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize(PHONES[0]!);
	const small: string[] = [];
	for (const edition of EDITIONS) {
		await openLaidOut(page, `.${editionPath(edition.id)}`);
		for (const chapter of chapterIds) {
			const steps = await page.locator(`#${chapter} .scroller > .steps > .step`).count();
			for (let step = 1; step <= steps; step++) {
				await bringTo(page, `#${chapter} .step:nth-child(${step}) > .card:first-child`, 'middle');
				small.push(
					...(await page.locator(`#${chapter} .scroller > .graphic`).evaluate((graphic, where) => {
						const sizes: string[] = [];
						const shown = (el: Element) =>
							el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
							!el.closest('.visually-hidden');
						// A map's words: their size in the map's units, as large as the map is drawn.
						for (const text of graphic.querySelectorAll<SVGTextElement>('svg text')) {
							if (!shown(text)) continue;
							const svg = text.ownerSVGElement!;
							const px =
								parseFloat(getComputedStyle(text).fontSize) *
								(svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
							if (px < 11) sizes.push(`${where}: “${text.textContent}” ${px.toFixed(1)} px`);
						}
						// Every other word drawn in the graphic.
						for (const el of graphic.querySelectorAll<HTMLElement>('*')) {
							if (el instanceof SVGElement || !shown(el)) continue;
							const text = [...el.childNodes].some(
								(n) => n.nodeType === 3 && n.textContent!.trim()
							);
							const px = parseFloat(getComputedStyle(el).fontSize);
							if (text && px < 11)
								sizes.push(`${where}: “${el.textContent!.trim().slice(0, 20)}” ${px} px`);
						}
						return sizes;
					}, `${edition.id} ${chapter} step ${step}`))
				);
			}
		}
	}
	expect(small).toEqual([]);
});

test("on a phone the bar leaves the current chapter's name at least 100 px, the editions short", async ({
	page
}) => {
	await page.setViewportSize(PHONES[0]!);
	for (const edition of EDITIONS) {
		// At the chapter with the longest name in the menu: it has 100 px, or all it needs.
		await page.goto(`.${editionPath(edition.id)}#poverty`);
		await wakeAll(page);
		const current = page.locator('#chapter-menu .current');
		await expect(current).not.toBeEmpty();
		const { width, whole } = await current.evaluate((el) => ({
			width: el.getBoundingClientRect().width,
			whole: el.scrollWidth <= el.clientWidth
		}));
		expect(width >= 100 || whole, `${edition.id}: ${width} px`).toBe(true);
		expect(width, edition.id).toBeGreaterThanOrEqual(edition.id === 'en' ? 100 : 80);
		// The other editions by their short names, each named in full for assistive technology.
		const others = EDITIONS.filter((e) => e.id !== edition.id);
		const links = page.locator('.editions a');
		await expect(links).toHaveText(
			others.map((e) => e.short),
			{ useInnerText: true }
		);
		for (const [i, other] of others.entries())
			await expect(links.nth(i)).toHaveAccessibleName(other.name);
	}
});
