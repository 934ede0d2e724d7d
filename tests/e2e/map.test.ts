import { expect, test, type Page } from '@playwright/test';
import { bringUp, readTo, settle, editionPaths } from './helpers';

const intro = '#intro [data-chart="locator-map"]';

/** How many animations run on the intro map's pictures. */
const runningAnimations = (page: Page) =>
	page
		.locator(`${intro} .picture`)
		.evaluateAll(
			(els) =>
				els.flatMap((el) => el.getAnimations()).filter((a) => a.playState === 'running').length
		);

test('the prerendered HTML holds the map, in the final view of its chapter', async ({
	request
}) => {
	const html = await (await request.get('./')).text();
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

test('a map that never moves draws only the view it shows: the stacked embed, the map embed', async ({
	request
}) => {
	for (const path of ['./embed/', './embed/chart/locator-map/']) {
		const html = await (await request.get(path)).text();
		const maps = html.match(/<figure[^>]*data-chart="locator-map"[^>]*>[^]*?<\/figure>/g) ?? [];
		expect(maps.length, path).toBeGreaterThan(0);
		for (const map of maps) {
			const pictures = map.match(/<svg[^>]*class="picture[^"]*"/g) ?? [];
			expect(pictures, path).toHaveLength(1);
			expect(pictures[0], path).toContain('current');
		}
	}
	// Where the map moves, every view it moves between is drawn, ready.
	const story = await (await request.get('./')).text();
	const intro = story.match(/<figure[^>]*data-chart="locator-map"[^>]*>[^]*?<\/figure>/)![0];
	expect(intro.match(/<svg[^>]*class="picture/g)!.length).toBeGreaterThan(1);
});

// The file's shapes are drawn by reference (<use href>). A script that spelled the reference
// otherwise than the prerendered page would have the browser fetch the file again when the
// map wakes, and draw nothing until it came: on a host that makes it ask again, a blank map.
for (const path of ['./', './en/', './embed/']) {
	test(`the map's file is asked for once, and its reference is the same awake: ${path}`, async ({
		page
	}) => {
		let requests = 0;
		page.on('request', (r) => {
			if (/\/map\/locator\.svg$/.test(new URL(r.url()).pathname)) requests++;
		});
		const references = () =>
			page
				.locator('[data-chart="locator-map"] use')
				.evaluateAll((uses) => uses.map((u) => u.getAttribute('href')));
		await page.goto(path);
		const prerendered = await references();
		expect(prerendered.length).toBeGreaterThan(0);
		// Every island awake, the city chapter's map too.
		await bringUp(page);
		await page.waitForLoadState('networkidle');
		expect(await references()).toEqual(prerendered);
		expect(requests).toBe(1);
	});
}

// A one-map embed has its shapes in its page: a sandboxed frame (WordPress's) draws nothing
// by reference to another document.
test('a map embed asks for no map file: its shapes are in its page, kept to its map', async ({
	page
}) => {
	let requests = 0;
	page.on('request', (r) => {
		if (/\/map\/locator\.svg$/.test(new URL(r.url()).pathname)) requests++;
	});
	await page.goto('./embed/chart/locator-map/');
	await bringUp(page);
	await page.waitForLoadState('networkidle');
	const uses = page.locator('[data-chart="locator-map"] .picture use');
	expect(await uses.count()).toBeGreaterThan(0);
	for (const use of await uses.all()) {
		const href = (await use.getAttribute('href'))!;
		expect(href).toMatch(/^#s?[a-z0-9]+$/);
		await expect(page.locator(`[data-map-shapes] ${href}`)).toHaveCount(1);
		const box = (await use.boundingBox())!;
		expect(box.width * box.height, href).toBeGreaterThan(0);
	}
	// The file's style (a stroke that does not scale) applies to its shapes (their ids are
	// s and a code) and nothing else; it reaches them where the pictures draw them.
	const css = await page.locator('[data-map-shapes] style').textContent();
	expect(css).toMatch(/^path\[id\^="s"\]\{vector-effect:non-scaling-stroke\}$/);
	const drawn = await page
		.locator('[data-chart="locator-map"] .picture use.highlight')
		.evaluate((use) => getComputedStyle(use).strokeWidth);
	expect(drawn).toBe('1.2px');
	expect(requests).toBe(0);
});

test('reading the intro moves the map from the region down to Fenxi, one view a step', async ({
	page
}) => {
	await page.goto('./');
	await settle(page);
	// Which pictures each step sets moving, in the order it does: timing-proof, unlike
	// sampling the running animations after the step.
	await page.evaluate(() => {
		const moves: string[] = [];
		Object.assign(window, { mapMoves: moves });
		const animate = Element.prototype.animate;
		Element.prototype.animate = function (this: Element, ...args: Parameters<typeof animate>) {
			if (this.matches('.picture')) moves.push(this.getAttribute('data-view') ?? '');
			return animate.apply(this, args);
		};
	});
	const views: string[] = [];
	const descriptions: string[] = [];
	const zooming: string[][] = [];
	for (let i = 1; i <= 4; i++) {
		await readTo(page, `#intro .step:nth-child(${i})`);
		views.push((await page.locator(intro).getAttribute('data-view')) ?? '');
		descriptions.push(
			(await page.locator(`${intro} [role="img"]`).getAttribute('aria-label')) ?? ''
		);
		zooming.push(
			await page.evaluate(() => (window as unknown as { mapMoves: string[] }).mapMoves.splice(0))
		);
	}
	expect(views).toEqual(['region', 'shanxi', 'linfen', 'fenxi']);
	expect(new Set(descriptions).size).toBe(4);
	expect(descriptions[0]).toContain('山西');
	expect(descriptions[3]).toContain('汾西县');
	await expect(page.locator(`${intro} .townships`)).toBeVisible();
	// Step by step the view moves: the new picture zooms in from the old framing, the old one
	// zooms on out of sight. The first step is where the map starts: nothing moves.
	expect(zooming).toEqual([[], ['shanxi', 'region'], ['linfen', 'shanxi'], ['fenxi', 'linfen']]);
	// Only the current view is shown once the move ends.
	await expect.poll(() => runningAnimations(page), { timeout: 5000 }).toBe(0);
	await expect(page.locator(`${intro} .picture.current`)).toHaveAttribute('data-view', 'fenxi');
	await expect(page.locator(`${intro} .picture.current`)).toHaveCSS('opacity', '1');
	await expect(page.locator(`${intro} .picture:not(.current)`)).toHaveCount(3);
	for (const other of await page.locator(`${intro} .picture:not(.current)`).all()) {
		await expect(other).toHaveCSS('opacity', '0');
	}
});

test('with reduced motion the map cuts between views', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('./');
	await settle(page);
	await readTo(page, '#intro .step:nth-child(2)');
	await readTo(page, '#intro .step:nth-child(3)');
	expect(await runningAnimations(page)).toBe(0);
	await expect(page.locator(`${intro} .picture.current`)).toHaveAttribute('data-view', 'linfen');
});

test('the city chapter draws 南联西扩 as schematic arrows on the county map', async ({ page }) => {
	await page.goto('./#city');
	const map = page.locator('#city [data-chart="city-map"]');
	await expect(map.locator('.arrows line')).toHaveCount(2);
	await expect(map.locator('.arrow-word')).toHaveText(['南联', '西扩']);
	await expect(map.locator('.note')).toContainText('示意');
	await expect(map.locator('[role="img"]')).toHaveAttribute('aria-label', /示意图/);
});

// Nothing drawn over a word: the county's name clear of the dot and the arrows that start
// at its centre, each arrow's word clear of every arrow (its head reaches 8 units past the
// line's end) and of the dot. In every edition: English words are the longest.
for (const edition of editionPaths) {
	test(`the city map's words are clear of its arrows: ${edition}`, async ({ page }) => {
		await page.goto(`${edition}#city`);
		const map = page.locator('#city [data-chart="city-map"]');
		const overlaps = await map.locator('svg.current').evaluate((svg) => {
			const box = (el: Element, margin = 0) => {
				const b = (el as SVGGraphicsElement).getBBox();
				return {
					name: el.textContent || el.tagName,
					x: b.x - margin,
					y: b.y - margin,
					w: b.width + 2 * margin,
					h: b.height + 2 * margin
				};
			};
			type Box = ReturnType<typeof box>;
			const meet = (a: Box, b: Box) =>
				a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
			const words = [...svg.querySelectorAll('text.emphasis, .arrow-word')].map((el) => box(el));
			const marks = [
				...[...svg.querySelectorAll('.arrows line')].map((el) => box(el, 8)),
				...[...svg.querySelectorAll('.arrows circle')].map((el) => box(el, 4))
			];
			// And inside the picture, which the map's frame clips.
			const { width, height } = (svg as SVGSVGElement).viewBox.baseVal;
			const inside = (w: Box) => w.x >= 0 && w.y >= 0 && w.x + w.w <= width && w.y + w.h <= height;
			return words.flatMap((w) => [
				...marks.filter((m) => meet(w, m)).map((m) => `${w.name} / ${m.name}`),
				...(inside(w) ? [] : [`${w.name} / outside the picture`])
			]);
		});
		expect(overlaps).toEqual([]);
	});
}
