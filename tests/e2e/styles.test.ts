import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bringUp, editionPaths } from './helpers';

/** The browser build's one stylesheet, which the pages carry inline. */
const ASSETS = 'build/_app/immutable/assets';
const sheets = readdirSync(ASSETS).filter((f) => f.endsWith('.css'));

/** The late styles in their place (src/lib/server/inline-styles.ts). */
const LATE = /(<div data-late-styles[^>]*>)<style>[\s\S]*?<\/style>/;

/**
 * Every element's computed style (and its ::before's and ::after's), one hash an element, in
 * document order, with every transition at its end: two pages that style alike give the same
 * list.
 */
function computedStyles(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		// Transitions from @starting-style run as the page opens: each is read at its end.
		for (const animation of document.getAnimations()) {
			try {
				animation.finish();
			} catch {
				animation.cancel();
			}
		}
		const hash = (text: string) => {
			let h = 2166136261;
			for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
			return (h >>> 0).toString(36);
		};
		// Computed values (`auto`), not those resolved by layout (`180px`), which vary with when
		// the page is read; a ::before or ::after only where it has content, and so is drawn.
		const styleOf = (element: Element) => {
			let text = '';
			for (const [name, value] of element.computedStyleMap()) text += `${name}:${String(value)};`;
			for (const pseudo of ['::before', '::after']) {
				const style = getComputedStyle(element, pseudo);
				if (style.content === 'none') continue;
				for (let i = 0; i < style.length; i++) {
					text += `${pseudo}${style.item(i)}:${style.getPropertyValue(style.item(i))};`;
				}
			}
			return text;
		};
		return [...document.querySelectorAll('body *:not(style)')].map(
			(element) => `${element.tagName.toLowerCase()}#${element.id} ${hash(styleOf(element))}`
		);
	});
}

// The rules of components first seen below the element a page's first paint waits for are
// written in after it (src/lib/server/late-styles.ts): later in the cascade than they were.
// The page must look as it would with the whole stylesheet in its head, and its hydration
// keep them.
test.describe('late styles', () => {
	test.use({ javaScriptEnabled: false });

	test('the build has one stylesheet', () => {
		expect(sheets).toHaveLength(1);
	});

	for (const path of [...editionPaths, './embed/']) {
		test(`moving rules below the first paint changes no element's style: ${path}`, async ({
			page
		}) => {
			const response = await page.goto(path);
			const html = await response!.text();
			expect(html, 'the page has late styles').toMatch(LATE);
			const split = await computedStyles(page);

			// The same page with the whole stylesheet in its head, and nothing below.
			const css = readFileSync(join(ASSETS, sheets[0]!), 'utf8');
			const whole = html
				.replace(LATE, '$1')
				.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${css}</style>`);
			expect(whole).not.toMatch(LATE);
			await page.route(
				(url) => url.searchParams.has('whole-stylesheet'),
				(route) => route.fulfill({ body: whole, contentType: 'text/html' })
			);
			await page.goto(`${path}?whole-stylesheet`);
			const unsplit = await computedStyles(page);

			expect(split.length, 'elements').toBe(unsplit.length);
			const differ = split.findIndex((s, i) => s !== unsplit[i]);
			expect(differ, `first element styled differently: ${split[differ]}`).toBe(-1);
		});
	}

	test.describe('with the script', () => {
		test.use({ javaScriptEnabled: true });

		for (const path of [...editionPaths, './embed/']) {
			test(`hydration keeps the late styles where they were written: ${path}`, async ({ page }) => {
				await page.goto(path);
				const late = page.locator('[data-late-styles] > style');
				await expect(late).toHaveCount(1);
				await page.evaluate(() => {
					(
						document.querySelector('[data-late-styles] > style') as HTMLElement & { seen?: boolean }
					).seen = true;
				});
				await bringUp(page);
				// The same element: a page that hydrated wrongly would have been rendered again.
				expect(
					await late.evaluate((style) => (style as HTMLElement & { seen?: boolean }).seen)
				).toBe(true);
			});
		}
	});
});
