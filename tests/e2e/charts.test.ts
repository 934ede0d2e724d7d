import { expect, test, type Page } from '@playwright/test';
import { readTo, settle, story, wakeAll } from './helpers';

/** The part of the prerendered HTML that is one chart. */
function chartHtml(html: string, id: string): string {
	const start = html.indexOf(`data-chart="${id}"`);
	expect(start, id).toBeGreaterThan(0);
	return html.slice(start, html.indexOf('</figure>', start));
}
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

/** A unit chart's group of marks of one kind: how many it says, how many it draws, shown or not. */
function groupOf(chart: string, kind: 'circle' | 'square') {
	const path = chart.match(new RegExp(`<path class="marks ${kind}[^>]*>`))?.[0];
	expect(path, kind).toBeTruthy();
	return {
		marks: Number(path!.match(/data-marks="(\d+)"/)?.[1]),
		// A mark is a subpath: the first moved to absolutely, each after it relatively.
		drawn: count(path!.match(/ d="([^"]*)"/)?.[1] ?? '', /[Mm]/g),
		hidden: /class="marks [^"]*hidden/.test(path!)
	};
}

test('the prerendered charts hold every mark and area, in their final state', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	const poverty = chartHtml(html, 'poverty-units');
	expect(poverty).toMatch(/data-state="2"/);
	expect(groupOf(poverty, 'circle')).toEqual({ marks: 509, drawn: 509, hidden: false });
	// In the last state the households have made way for the population's square.
	expect(groupOf(poverty, 'square')).toEqual({ marks: 211, drawn: 211, hidden: true });
	const tiles = chartHtml(html, 'project-tiles');
	expect(tiles).toMatch(/data-state="1"/);
	expect(groupOf(tiles, 'square')).toEqual({ marks: 29, drawn: 29, hidden: false });
	const people = chartHtml(html, 'people-units');
	expect(groupOf(people, 'circle')).toEqual({ marks: 150, drawn: 150, hidden: false });
	// The overview: every area, linked to its chapter, with its anchor quoted and its amounts marked.
	const overview = chartHtml(html, 'areas-overview');
	const links = [...overview.matchAll(/href="#([a-z]+)"/g)].map((m) => m[1]);
	expect(links).toEqual(story.areas.map((a) => a.chapter));
	expect(count(overview, /<q class="anchor[^"]*">/g)).toBe(story.areas.length);
	expect(overview).toMatch(/<b[^>]*>211户<\/b>(<!--[^>]*-->)*<b[^>]*>509名<\/b>/);
	expect(overview).toMatch(/<b[^>]*>29个<\/b>/);
	for (const id of [
		'city-projects',
		'environment-tree',
		'industry-structure',
		'reform-flow',
		'safety-risks',
		'livelihood-pillars'
	]) {
		const chart = chartHtml(html, id);
		// Every group shown: the number of shown groups is the state, and equals all groups.
		const groups = count(chart, /class="group[ "]/g);
		expect(count(chart, /class="group[^"]*shown/g), id).toBe(groups);
		expect(chart, id).toMatch(new RegExp(`data-state="${groups}"`));
	}
});

/** The chart's state at each step of its chapter, read step by step. */
async function statesThrough(page: Page, chapter: string, chart: string): Promise<string[]> {
	const steps = await page.locator(`#${chapter} .step`).count();
	const states: string[] = [];
	for (let i = 1; i <= steps; i++) {
		await readTo(page, `#${chapter} .step:nth-child(${i})`);
		states.push((await page.locator(`[data-chart="${chart}"]`).getAttribute('data-state')) ?? '');
	}
	return states;
}

const stepped = [
	['poverty', 'poverty-units', ['1', '2', '2']],
	['projects', 'project-tiles', ['0', '1']],
	['outlook', 'people-units', ['1']],
	['city', 'city-projects', ['0', '0', '2', '3']],
	['environment', 'environment-tree', ['1', '2', '3']],
	['industry', 'industry-structure', ['1', '3', '4']],
	['reform', 'reform-flow', ['1', '3']],
	['safety', 'safety-risks', ['1', '2']],
	['livelihoods', 'livelihood-pillars', ['0', '2']]
] as const;

for (const [chapter, chart, expected] of stepped) {
	test(`${chart} changes with the steps of ${chapter}`, async ({ page }) => {
		await page.goto('/');
		await settle(page);
		expect(await statesThrough(page, chapter, chart)).toEqual(expected);
	});
}

test('the overview of the areas highlights the row the reader is passing, and leads to its chapter', async ({
	page
}) => {
	await page.goto('/');
	await settle(page);
	const chart = page.locator('[data-chart="areas-overview"]');
	await readTo(page, '[data-chart="areas-overview"] li:nth-child(3)');
	const third = chart.locator('a.highlight');
	await expect(third).toHaveAttribute('href', `#${story.areas[2]!.chapter}`);
	await third.click();
	await expect(page).toHaveURL(new RegExp(`#${story.areas[2]!.chapter}$`));
});

test('no callout shows a numeral of a name as a number: names are words', async ({ page }) => {
	await page.goto('/');
	await wakeAll(page);
	const names = story.figures.filter((f) => f.role === 'name');
	const numbers = await page.locator('.callout .number').allTextContents();
	for (const f of names.filter((f) => f.value > 9)) {
		expect(
			numbers.filter((n) => n.includes(String(f.value))),
			f.source
		).toEqual([]);
	}
	const cited = await page
		.locator('.callout[data-figure]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')));
	for (const id of cited) expect(names.map((f) => f.id)).not.toContain(id);
	await expect(page.locator('#framework .callout.words .name')).toHaveText([
		'“1133”发展战略',
		'三大攻坚战',
		'“六稳”工作'
	]);
});

test('with reduced motion no chart transition runs', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await settle(page);
	await readTo(page, '#poverty .step:nth-child(1)');
	await readTo(page, '#poverty .step:nth-child(2)');
	const durations = await page
		.locator(
			'[data-chart] .marks, [data-chart] .group, [data-chart="project-tiles"] .key, .callout'
		)
		.evaluateAll((els) => els.map((el) => getComputedStyle(el).transitionDuration));
	expect(durations.length).toBeGreaterThan(10);
	for (const d of durations) expect(d.split(',').every((x) => parseFloat(x) === 0)).toBe(true);
});

test('a chart that fails shows its data table, and the story goes on', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// Break one chart's data as served to its island: an infinite count cannot be drawn.
	await page.route('**/islands.json', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace('"households":211', '"households":1e400');
		expect(body).toContain('1e400');
		await route.fulfill({ response, body });
	});
	await page.goto('/');
	await wakeAll(page);
	await settle(page);
	const poverty = page.locator('[data-chart="poverty-units"]');
	await expect(poverty.locator('details[open] table')).toBeVisible();
	await expect(poverty.locator('.unit-grid')).toHaveCount(0);
	// Everything else still works: another chart steps, the chapters follow the reader.
	expect(await statesThrough(page, 'projects', 'project-tiles')).toEqual(['0', '1']);
	await expect(page.locator('main')).toHaveAttribute('data-chapter', 'projects');
	expect(errors).toEqual([]);
});
