import { expect, test, type Page } from '@playwright/test';
import { APP_SCRIPT, bringUp, chapterIds, readTo, scrollToEnd } from './helpers';

/** Scrolls the whole page down in reader-sized strides. */
const scrollThrough = (page: Page, each?: () => Promise<void>) =>
	scrollToEnd(page, Math.round(page.viewportSize()!.height * 0.5), each);

test('with reduced motion nothing animates while reading', async ({ page }) => {
	test.setTimeout(120_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('./en/');
	const running: string[] = [];
	await scrollThrough(page, async () => {
		const now = await page.evaluate(() =>
			document
				.getAnimations()
				.filter((a) => a.playState === 'running')
				.map((a) => {
					const target = (a.effect as KeyframeEffect | null)?.target as Element | null;
					return `${a.constructor.name} on ${target?.tagName ?? '?'}.${target?.className ?? ''}`;
				})
		);
		running.push(...now);
	});
	expect(running).toEqual([]);
});

test('every state of every graphic has a text alternative', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('./en/');
	for (const id of chapterIds) {
		const steps = await page.locator(`#${id} .step`).count();
		for (let i = 0; i < steps; i++) {
			await readTo(page, `#${id} .step >> nth=${i}`);
			const alternatives = await page
				.locator(`#${id} .graphic`)
				.evaluate((graphic) =>
					[
						...graphic.querySelectorAll(
							'figcaption, [role="img"][aria-label], .callout .visually-hidden, blockquote'
						)
					]
						.map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim())
						.filter(Boolean)
				);
			expect(alternatives.length, `${id} step ${i + 1}`).toBeGreaterThan(0);
		}
	}
});

// The story, and what editors embed: the story stacked, and one chart on its own.
for (const pagePath of ['./en/', './en/embed/', './en/embed/chart/poverty-units/']) {
	test(`the keyboard reaches every control in reading order, with a visible focus: ${pagePath}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto(pagePath);
		// Every control as a reader who has begun has it.
		await bringUp(page);
		const expected = await page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'a[href], button, summary, input, textarea, select, [tabindex]:not([tabindex="-1"])'
				)
			]
				// Reachable: rendered, and not inside a closed disclosure (its summary is).
				.filter((el) => {
					if (el.getClientRects().length === 0) return false;
					for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
						if (!d.open && !d.querySelector(':scope > summary')?.contains(el)) return false;
					}
					return true;
				})
				.map((el, i) => {
					// Marked, so that two alike controls (each chart's “Data table”) stay apart.
					el.dataset.keyboardOrder = String(i);
					return `${i} ${el.tagName} ${el.textContent?.trim().slice(0, 30)}`;
				})
		);
		// Not a walk through nothing: every page has its data tables' disclosures at least.
		expect(expected.filter((c) => c.includes('SUMMARY')).length, pagePath).toBeGreaterThan(0);
		const reached: string[] = [];
		const unfocused: string[] = [];
		for (let i = 0; i < expected.length + 5; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const width = parseFloat(style.outlineWidth);
				// Drawn, and not cut by an ancestor that clips its paint: one laid out on its own
				// (`content-visibility`) clips at its padding box plus its clip margin, one that
				// scrolls at its padding box. The root's overflow is the viewport's.
				const drawn = style.outlineStyle !== 'none' && width > 0;
				const grow = width + parseFloat(style.outlineOffset);
				const box = el.getBoundingClientRect();
				const px = (value: string) => parseFloat(/-?[\d.]+px/.exec(value)?.[0] ?? '0');
				const cut: string[] = [];
				for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
					const s = getComputedStyle(a);
					const painted = s.contentVisibility === 'auto' || /paint|strict|content/.test(s.contain);
					const clipX = painted || s.overflowX !== 'visible';
					const clipY = painted || s.overflowY !== 'visible';
					if (!clipX && !clipY) continue;
					const margin = painted || s.overflowX === 'clip' ? px(s.overflowClipMargin) : 0;
					const r = a.getBoundingClientRect();
					const left = r.left + a.clientLeft - margin;
					const right = r.left + a.clientLeft + a.clientWidth + margin;
					const top = r.top + a.clientTop - margin;
					const bottom = r.top + a.clientTop + a.clientHeight + margin;
					const outside =
						(clipX && (box.left - grow < left - 0.5 || box.right + grow > right + 0.5)) ||
						(clipY && (box.top - grow < top - 0.5 || box.bottom + grow > bottom + 0.5));
					if (outside) cut.push(`${a.tagName}.${[...a.classList].join('.')}`);
				}
				return {
					html: `${el.dataset.keyboardOrder} ${el.tagName} ${el.textContent?.trim().slice(0, 30)}`,
					visible: drawn && cut.length === 0,
					cut
				};
			});
			if (!focus) break;
			if (reached.includes(focus.html)) break;
			reached.push(focus.html);
			if (!focus.visible) unfocused.push(`${focus.html} ${focus.cut.join(' ')}`.trim());
		}
		expect(reached).toEqual(expected);
		expect(unfocused).toEqual([]);
	});
}

for (const { what, blocked } of [
	{ what: 'a module', blocked: [APP_SCRIPT, /\/map\/locator\.svg$/] },
	{ what: "the islands' data", blocked: [/\/islands\.json$/] }
]) {
	test(`${what} that fails to load leaves the story readable, in its final state, without an uncaught error`, async ({
		page
	}) => {
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push(e.message));
		for (const url of blocked) await page.route(url, (route) => route.abort());
		await page.goto('./#poverty');
		await expect(page.locator('html')).toHaveAttribute('data-static', '');
		// The text, every callout in its final value, every chart's caption and table.
		await expect(page.locator('#poverty .step')).toHaveCount(3);
		await expect(page.locator('#poverty [data-figure="poverty-509"]')).toHaveClass(/revealed/);
		await expect(page.locator('[data-chart="poverty-units"] figcaption')).not.toBeEmpty();
		await expect(page.locator('#intro [data-chart="locator-map"] [role="img"]')).toHaveAttribute(
			'aria-label',
			/.+/
		);
		expect(problems).toEqual([]);
	});
}
