import { expect, test } from '@playwright/test';
import { readTo, settle } from './helpers';

const intro = '#intro [data-chart="locator-map"]';

test('the prerendered HTML holds the map, in the final view of its chapter', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	const figure = html.match(/<figure[^>]*data-chart="locator-map"[^>]*>[^]*?<\/figure>/)?.[0] ?? '';
	expect(figure).toContain('data-view="fenxi"');
	// The shapes by reference to the map's SVG file, Fenxi picked out, and the view's frame
	// as a real transform (not a function's source, as a shorthand style once wrote).
	expect(figure).toMatch(/<use href="[^"]*map\/locator\.svg#counties"/);
	expect(figure).toMatch(/<use href="[^"]*map\/locator\.svg#s141034" class="highlight/);
	expect(figure).toMatch(
		/class="world[^"]*" style="transform: translate\([\d.-]+px, [\d.-]+px\) scale\([\d.]+\)/
	);
	expect(html).not.toContain('transform: function');
	expect(figure).toMatch(/role="img" aria-label="地图：/);
	expect(figure).toContain('永安镇');
});

test('reading the intro moves the map from the region down to Fenxi, one view a step', async ({
	page
}) => {
	await page.goto('/');
	await settle(page);
	const views: string[] = [];
	const descriptions: string[] = [];
	for (let i = 1; i <= 4; i++) {
		await readTo(page, `#intro .step:nth-child(${i})`);
		views.push((await page.locator(intro).getAttribute('data-view')) ?? '');
		descriptions.push((await page.locator(`${intro} svg`).getAttribute('aria-label')) ?? '');
	}
	expect(views).toEqual(['region', 'shanxi', 'linfen', 'fenxi']);
	expect(new Set(descriptions).size).toBe(4);
	expect(descriptions[0]).toContain('山西');
	expect(descriptions[3]).toContain('汾西县');
	await expect(page.locator(`${intro} .townships`)).toBeVisible();
	// Step by step, the view moves: the transform transitions.
	const duration = await page
		.locator(`${intro} .world`)
		.evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(parseFloat(duration)).toBeGreaterThan(0);
});

test('with reduced motion the map cuts between views', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await settle(page);
	await readTo(page, '#intro .step:nth-child(2)');
	await readTo(page, '#intro .step:nth-child(3)');
	const duration = await page
		.locator(`${intro} .world`)
		.evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(parseFloat(duration)).toBe(0);
});

test('the city chapter draws 南联西扩 as schematic arrows on the county map', async ({ page }) => {
	await page.goto('/#city');
	const map = page.locator('#city [data-chart="locator-map"]');
	await expect(map.locator('.arrows line')).toHaveCount(2);
	await expect(map.locator('.arrow-word')).toHaveText(['南联', '西扩']);
	await expect(map.locator('.note')).toContainText('示意');
	await expect(map.locator('svg')).toHaveAttribute('aria-label', /示意图/);
});
