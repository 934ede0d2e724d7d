import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Story } from '../../src/lib/extract/schema';

const story: Story = JSON.parse(readFileSync('static/data/story.json', 'utf8'));

/** Fails the test on any console message, page error or request to another host. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		if (new URL(r.url()).hostname !== 'localhost') problems.push(`request to ${r.url()}`);
	});
	return problems;
}

test('the article page shows the extract: headline, eight area headings, every paragraph', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	const year = story.figures.find((f) => f.id === 'framework-2020')!;
	await expect(page.locator('h1')).toContainText(year.source);

	const sections = page.locator('main section[id]');
	await expect(sections).toHaveCount(8);
	expect(await sections.evaluateAll((els) => els.map((e) => e.id))).toEqual(
		story.areas.map((a) => a.chapter)
	);
	for (const area of story.areas) {
		const heading = page.locator(`#${area.chapter} h2`);
		await expect(heading).toContainText(area.heading.first.text);
		await expect(heading).toContainText(area.heading.second.text);
	}

	const body = (await page.locator('article').innerText()).replace(/\s+/g, '');
	for (const p of story.paragraphs) {
		const text = p.role === 'focus-area' ? p.text.replace(/^聚焦[^。]+。/, '') : p.text;
		expect(body).toContain(text.replace(/^(记者 |责任编辑：)/, '').replace(/\s+/g, ''));
	}
	expect(body).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
	expect(problems).toEqual([]);
});

test('the method note prints the cleaning counts from the extract, and the data downloads', async ({
	page,
	request
}) => {
	await page.goto('/');
	const method = page.locator('.method');
	for (const n of Object.values(story.cleaning)) await expect(method).toContainText(` ${n} `);
	await expect(method).toContainText(` ${story.figures.length} `);
	for (const link of await method.locator('a[download]').all()) {
		const href = await link.getAttribute('href');
		expect(href).not.toBeNull();
		const response = await request.get(new URL(href ?? '', page.url()).href);
		expect(response.status()).toBe(200);
	}
});

test('without JavaScript the page is the complete article', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('main section h2')).toHaveCount(8);
	await expect(page.locator('article')).toContainText('211户509名');
	await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 A/AA violation (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
}
