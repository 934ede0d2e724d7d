import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHART_IDS } from '../../src/lib/charts/ids';
import { EDITIONS, editionPath } from '../../src/lib/editions';
import type { StoryIslandData } from '../../src/lib/model/types';
import { APP_SCRIPT, awake, started } from './helpers';

/**
 * Byte budgets on the build output, deterministic: gzip level 9 of the files as built.
 * A reader on a slow phone pays for every byte before the story moves.
 */
const BUILD = 'build';
const KB = 1024;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

test('JavaScript loaded by / before any interaction is at most 70 KB gzip', async ({ page }) => {
	const scripts = new Set<string>();
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
	});
	await page.goto('./');
	await started(page);
	// The islands' chunk is asked for in a task after hydration, which on a busy machine can
	// come after the network has been quiet long enough for `started`: the chapters on the
	// screen are awake only once it has run.
	await awake(page);
	await page.waitForLoadState('networkidle');
	const base = new URL(page.url()).pathname;
	const bytes = [...scripts].reduce(
		(sum, path) => sum + gzip(join(BUILD, path.slice(base.length))),
		0
	);
	expect(scripts.size).toBeGreaterThan(0);
	expect(bytes, `${[...scripts].join(' ')}`).toBeLessThanOrEqual(70 * KB);
	// Two scripts: the app's (Kit, the shell), run as the page starts, and the islands' code
	// (the chapters, the charts), run in a task of its own before they wake: a slow phone's
	// start-up is two shorter tasks, not one long one (scripts/vite/island-chunk.ts).
	const app = [...scripts].find((path) => /\/_app\/immutable\/bundle\.[\w-]+\.js$/.test(path));
	expect(app, "the app's own script").toBeDefined();
	expect([...scripts].filter((path) => path !== app)).toEqual([
		expect.stringMatching(/\/_app\/immutable\/chunks\/[\w-]+\.js$/)
	]);
	expect(gzip(join(BUILD, app!.slice(base.length))), "the app's own script").toBeLessThanOrEqual(
		42 * KB
	);
});

test('the build stays within its budgets, and loads no web font', () => {
	const all = files(BUILD);
	const sum = (ext: string) => all.filter((f) => f.endsWith(ext)).reduce((s, f) => s + gzip(f), 0);
	expect(sum('.js'), 'all JavaScript').toBeLessThanOrEqual(150 * KB);
	expect(sum('.css'), 'all CSS').toBeLessThanOrEqual(15 * KB);
	expect(gzip(join(BUILD, 'map/locator.svg')), 'the map the page draws').toBeLessThanOrEqual(
		40 * KB
	);
	expect(gzip(join(BUILD, 'data/map.json')), 'the map data to download').toBeLessThanOrEqual(
		40 * KB
	);
	for (const edition of EDITIONS) {
		const html = join(BUILD, editionPath(edition.id), 'index.html');
		expect(gzip(html), `HTML of ${editionPath(edition.id)}`).toBeLessThanOrEqual(60 * KB);
	}
	// A one-chart embed arrives in the first round trip (one TCP congestion window, about 14 KB):
	// it carries its own chart's data, never the whole story's. A map's embed also carries the
	// shapes its map draws (which a sandboxed frame could not take from the map's file), after
	// its words: its first 14 KB hold everything but them, and the whole is less than its page
	// and the file were (about 11 and 23 KB), with one round trip fewer.
	for (const edition of EDITIONS) {
		for (const chart of CHART_IDS) {
			const file = join(BUILD, editionPath(edition.id), 'embed/chart', chart, 'index.html');
			const label = `HTML of the ${chart} embed, ${edition.id}`;
			const html = readFileSync(file, 'utf8');
			const shapes = /<svg[^>]*data-map-shapes[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
			expect(gzipSync(html.replace(shapes, '')).length, label).toBeLessThanOrEqual(14 * KB);
			expect(gzip(file), label).toBeLessThanOrEqual((shapes ? 24 : 14) * KB);
		}
	}
	expect(all.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
	const styles = all
		.filter((f) => /\.(css|html)$/.test(f))
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	expect(styles).not.toContain('@font-face');
});

test('the first paint waits for no request but the page: styles inline, no script preloaded', () => {
	for (const edition of EDITIONS) {
		for (const page of ['', 'embed/']) {
			const html = readFileSync(join(BUILD, editionPath(edition.id), page, 'index.html'), 'utf8');
			const where = `${editionPath(edition.id)}${page}`;
			expect(html, where).toMatch(
				/<style>(?:(?!<\/style>)[^])*\.chapter(?:(?!<\/style>)[^])*<\/style>/
			);
			expect(html, where).not.toMatch(/rel="(stylesheet|modulepreload|preload)"/);
		}
	}
});

test("every page asks for the app's script only once it has painted", async ({ page }) => {
	for (const path of [
		'./',
		'./en/',
		'./zh-hant/embed/',
		'./embed/chart/poverty-units/',
		'./en/embed/chart/locator-map/'
	]) {
		const loaded = page.waitForResponse((r) => APP_SCRIPT.test(r.url()));
		await page.goto(path);
		await loaded;
		const { paint, script } = await page.evaluate(
			(source) => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				script: performance
					.getEntriesByType('resource')
					.find((e) => new RegExp(source).test(e.name))?.startTime
			}),
			APP_SCRIPT.source
		);
		expect(paint, path).toBeGreaterThan(0);
		expect(script, path).toBeGreaterThanOrEqual(paint!);
	}
});

test("a story page carries its words once: its islands' data is fetched, not written in", () => {
	const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
	for (const edition of EDITIONS) {
		for (const path of ['', 'embed/']) {
			const dir = join(BUILD, editionPath(edition.id), path);
			const html = readFileSync(join(dir, 'index.html'), 'utf8');
			const data: StoryIslandData = JSON.parse(readFileSync(join(dir, 'islands.json'), 'utf8'));
			// A step is carried in its cards' parts, each written once.
			const steps = data.page.chapters.flatMap((c) => c.steps.flatMap((s) => s.parts));
			expect(steps.length).toBeGreaterThan(20);
			const times = (text: string) => html.split(escape(text)).length - 1;
			expect(
				steps.filter((text) => times(text) !== 1),
				`${editionPath(edition.id)}${path}`
			).toEqual([]);
		}
	}
});

test('nothing is loaded from another host, in any edition or embed', async ({ page }) => {
	const site = new URL(`${test.info().project.use.baseURL}`).origin;
	const elsewhere: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).origin !== site) elsewhere.push(r.url());
	});
	for (const path of ['./', './zh-hant/', './en/', './embed/', './en/embed/chart/locator-map/']) {
		await page.goto(path);
		await started(page);
		await awake(page);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.waitForLoadState('networkidle');
	}
	expect(elsewhere).toEqual([]);
});
