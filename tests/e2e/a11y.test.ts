import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterIds, readTo } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 A/AA violation at any chapter (${colorScheme})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		for (const id of ['top', ...chapterIds]) {
			if (id !== 'top') {
				await readTo(page, `#${id} .step:first-child`);
				// Let the callouts finish arriving: axe checks contrast as it is on screen.
				await page.waitForTimeout(800);
			}
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((v) => `${id}: ${v.id} (${v.nodes.length})`)).toEqual([]);
		}
	});
}

test('headings form an outline: one h1, then h2 chapters', async ({ page }) => {
	await page.goto('/');
	const levels = await page.locator('h1, h2, h3').evaluateAll((els) => els.map((e) => e.tagName));
	expect(levels[0]).toBe('H1');
	expect(levels.filter((l) => l === 'H1')).toHaveLength(1);
	expect(levels[1]).toBe('H2');
});
