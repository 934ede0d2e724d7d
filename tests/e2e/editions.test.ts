import { expect, test } from '@playwright/test';
import { EDITIONS } from '../../src/lib/editions';
import { awake, openWithoutScript, readingState, readTo, story, watch } from './helpers';

const path = (segment: string) => (segment ? `/${segment}/` : '/');

for (const edition of EDITIONS) {
	test(`${edition.id}: lang, canonical and hreflang alternates`, async ({ page }) => {
		const problems = watch(page);
		await page.goto(path(edition.segment));
		await expect(page.locator('html')).toHaveAttribute('lang', edition.id);
		const origin = new URL(page.url()).origin;
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`${origin}${path(edition.segment)}`
		);
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) =>
				links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])
			);
		expect(alternates).toEqual([
			...EDITIONS.map((e) => [e.id, `${origin}${path(e.segment)}`]),
			['x-default', `${origin}/`]
		]);
		expect(problems).toEqual([]);
	});
}

test('the switcher keeps the reader’s chapter: /en/#industry → /#industry → /zh-hant/#industry', async ({
	page
}) => {
	await page.goto('/en/#industry');
	await awake(page);
	await page
		.getByRole('navigation', { name: 'Language' })
		.getByRole('link', { name: '简体中文' })
		.click();
	await expect(page).toHaveURL(/\/#industry$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.locator('main')).toHaveAttribute('data-chapter', 'industry');
	await awake(page);
	await page
		.getByRole('navigation', { name: '语言' })
		.getByRole('link', { name: '繁體中文' })
		.click();
	await expect(page).toHaveURL(/\/zh-hant\/#industry$/);
	await expect(page.locator('main')).toHaveAttribute('data-chapter', 'industry');
});

test('the switcher follows the chapter the reader scrolled to', async ({ page }) => {
	await page.goto('/');
	await page.mouse.wheel(0, 200);
	await readTo(page, '#reform .step:first-child');
	await expect.poll(async () => (await readingState(page)).hash).toBe('#reform');
	await page.locator('a[hreflang="en"]').first().click();
	await expect(page).toHaveURL(/\/en\/#reform$/);
	await expect(page.locator('main')).toHaveAttribute('data-chapter', 'reform');
	await expect(page.locator('#reform-heading')).toContainText('deepen reform and innovation');
});

test('the English page has no untranslated Chinese outside names in parentheses', async ({
	page
}) => {
	await page.goto('/en/');
	// Text marked as another language (the switcher's edition names) is meant to be there.
	const texts = await page.evaluate(() => [
		document.title,
		...(function english(node: Node): string[] {
			if (node instanceof HTMLScriptElement || node instanceof HTMLStyleElement) return [];
			if (node instanceof Element && node.closest('[lang]')?.getAttribute('lang') !== 'en')
				return [];
			if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ''];
			return [...node.childNodes].flatMap(english);
		})(document.body),
		...[...document.querySelectorAll('[aria-label], [alt], meta[content]')]
			.filter((el) => (el.closest('[lang]')?.getAttribute('lang') ?? 'en') === 'en')
			.map(
				(el) =>
					el.getAttribute('aria-label') ??
					el.getAttribute('alt') ??
					el.getAttribute('content') ??
					''
			)
	]);
	const outside = texts
		.map((text) => text.replace(/\([^)]*\)/gu, ''))
		.filter((line) => /\p{Script=Han}/u.test(line));
	expect(outside).toEqual([]);
	// The story is all there: every paragraph's first words, in English.
	await expect(page.locator('#intro')).toContainText('Linfen News Network: In May');
	await expect(page.locator('#outlook')).toContainText('150,000 fellow townspeople');
});

test('the Traditional page has the corrected characters and none of the naive ones', async ({
	page
}) => {
	await page.goto('/zh-hant/');
	// Its text, not its rendering: chapters not yet near are not laid out, and have no innerText.
	const text = (await page.locator('main').textContent())!;
	for (const word of ['採訪', '奮鬥', '剩餘']) expect(text).toContain(word);
	// The scraped article's naive conversion wrote 采 as 採 everywhere, 斗 as 鬥 and 余 as 餘:
	// OpenCC's phrases choose, so the Simplified forms never remain.
	for (const word of ['采访', '奋斗', '剩余']) expect(text).not.toContain(word);
	await expect(page.locator('svg text', { hasText: '山西' }).first()).toBeAttached();
});

for (const edition of EDITIONS) {
	test(`${edition.id}: without JavaScript the whole article is in the page`, async ({
		browser
	}) => {
		const page = await openWithoutScript(browser, path(edition.segment));
		const steps = await page.locator('.step').count();
		const sentences = story.paragraphs
			.filter((p) => p.role !== 'byline' && p.role !== 'editor')
			.reduce((n, p) => n + p.sentences.length, 0);
		// Every sentence is a step, but the eight area headings and the outlook's first line.
		expect(steps).toBe(sentences - story.areas.length - 1);
		await page.context().close();
	});
}
