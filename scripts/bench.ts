/**
 * npm run bench -- [--no-build] [--runs 5] [--only lighthouse|trace|scroll]
 *
 * Builds the site, serves it as a static host does (its precompressed brotli and gzip files,
 * its _headers: scripts/serve.mjs) and measures it as a reader on a
 * mid-range phone gets it; prints one table and writes the same as JSON to bench/results/.
 *  - Lighthouse 12.2.3 (mobile, its default simulated throttling), median of `runs` runs,
 *    each in a browser of its own started for it (cold, as a reader from a link gets it):
 *    performance score, LCP, CLS, TBT, JavaScript bytes and all bytes as sent (brotli), and
 *    the page's files' sizes in gzip and in brotli (what a host without brotli sends), for the story
 *    in Simplified and English, its embed and one chart embed, and a plain HTML rendition of
 *    the article made here (the extract's text, no script, no graphics): the floor no story
 *    page can beat. Each page's LCP is also given as a ratio to the plain page's. Beside them,
 *    `/` with its scripts taken out: what its HTML, styles and graphics cost before any
 *    JavaScript runs (with no script every chapter is laid out at once, as the story's
 *    first layout is not). Lighthouse's simulation (Lantern) counts the
 *    whole HTML document's transfer before the paint, with TCP's slow start: a document over
 *    its first window (about 14 KB on the wire) costs a round trip more. So each page's LCP is
 *    also measured with applied throttling (the browser itself slowed by DevTools to the same
 *    network and CPU, its own paint timing), as a second ratio to the plain page's, measured
 *    alike. The targets are on the simulated figures.
 *  - A trace of each page's cold load at 4× CPU, `runs` times, the plain page's beside the
 *    story's: the median run's tasks over 50 ms, and what took their time (`bench/trace.ts`).
 *  - Scrolling, in a fresh browser with the CPU throttled 4x: the whole story at a reader's pace,
 *    counting long tasks (over 50 ms) and the share of frames over 16.7 ms (a missed vsync)
 *    while transitions run.
 * Targets (reported, not asserted), on the cold figures: score ≥ 98, LCP ≤ 1.40 × plain
 * simulated and ≤ 1.10 × plain applied, CLS 0, TBT ≤ 50 ms, no task over 50 ms in the cold
 * load's trace, no long task while scrolling, ≥ 95% of frames within 16.7 ms.
 */
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Story } from '../src/lib/extract/schema';
import { escapeMarkup } from '../src/lib/markup';
import { coldLoadTasks, type LongTask } from './bench/trace';
import { precompress } from './deploy/compress';

const { values } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '5' },
		// One half of the bench, for a quicker look while working.
		only: { type: 'string' }
	}
});
const PARTS = ['lighthouse', 'trace', 'scroll'];
if (values.only && !PARTS.includes(values.only)) {
	throw new Error(`bench: --only takes ${PARTS.join(', ')}, not ${JSON.stringify(values.only)}`);
}
const RUNS = Number(values.runs);
const PORT = 4310;
const ORIGIN = `http://localhost:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** How many results bench/results keeps. */
const KEEP_RESULTS = 3;

const UNSCRIPTED = '/unscripted/';
const PAGES = [
	{ name: 'plain', path: '/plain/' },
	{ name: '/ without script', path: UNSCRIPTED },
	{ name: '/', path: '/' },
	{ name: '/en/', path: '/en/' },
	{ name: '/embed/', path: '/embed/' },
	{ name: '/embed/chart/poverty-units/', path: '/embed/chart/poverty-units/' }
];

/** The article as the plainest page can give it: its paragraphs, nothing else. */
function plainPage(story: Story): string {
	const paragraphs = story.paragraphs.map((p) => `<p>${escapeMarkup(p.text)}</p>`).join('\n');
	return `<!doctype html>\n<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>汾西</title></head><body>\n${paragraphs}\n</body></html>\n`;
}

/** The story's own page with its scripts taken out, its relative addresses kept to the root. */
function unscriptedPage(html: string): string {
	const page = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
	if (page === html || !page.includes('<head>')) {
		throw new Error('bench: build/index.html has no <head> or no <script> to take out');
	}
	// The page's assets are the root's; its first paint still waits for its own element (a
	// fragment resolved against the base would name another page's, and block nothing).
	return page
		.replace('<head>', '<head><base href="/">')
		.replace(/(<link rel="expect" href=")#/g, `$1${UNSCRIPTED}#`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface LighthouseRow {
	page: string;
	score: number;
	lcp: number;
	cls: number;
	tbt: number;
	jsBytes: number;
	totalBytes: number;
	/** The sizes of the files the page loaded, each as its .gz, and as its .br. */
	gzipBytes: number;
	brotliBytes: number;
	lcpRatio?: number;
	/** LCP with applied (DevTools) throttling, and its ratio to the plain page's; its TBT. */
	appliedLcp: number;
	appliedLcpRatio?: number;
	appliedTbt: number;
}

type Audit = Omit<LighthouseRow, 'page' | 'appliedLcp' | 'appliedTbt'>;

async function audit(
	url: string,
	port: number,
	throttlingMethod: 'simulate' | 'devtools'
): Promise<Audit> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance'],
		throttlingMethod
	});
	const lhr = result!.lhr;
	const requests = (lhr.audits['network-requests']?.details as { items: Record<string, unknown>[] })
		.items;
	const js = requests
		.filter((r) => r.resourceType === 'Script')
		.reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0);
	return {
		score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
		lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
		cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
		tbt: lhr.audits['total-blocking-time']!.numericValue!,
		jsBytes: js,
		totalBytes: lhr.audits['total-byte-weight']!.numericValue!,
		gzipBytes: filesSize(requests, '.gz'),
		brotliBytes: filesSize(requests, '.br')
	};
}

/** The file a URL of the bench's server sends, on disk. */
function fileOf(url: string): string {
	const path = decodeURIComponent(new URL(url).pathname);
	const [dir, rest] = path.startsWith('/plain/')
		? [plainDir, path.slice('/plain/'.length)]
		: path.startsWith(UNSCRIPTED)
			? [unscriptedDir, path.slice(UNSCRIPTED.length)]
			: ['build', path.slice(1)];
	return join(dir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
}

/** What the requests' files weigh, each in its `suffix` form where it has one (text). */
function filesSize(requests: Record<string, unknown>[], suffix: '.gz' | '.br'): number {
	return requests.reduce((sum, r) => {
		const file = fileOf(String(r.url));
		const sent = existsSync(file + suffix) ? file + suffix : file;
		return sum + (existsSync(sent) ? statSync(sent).size : 0);
	}, 0);
}

/**
 * The whole story scrolled at a reader's pace with the CPU 4x slower: long tasks, and the
 * frames drawn while a chart, map or callout transition runs. At 60 Hz a frame has 16.7 ms;
 * rAF intervals of a frame drawn on time jitter around that (16.5–17.5 ms), so a frame is
 * counted as over 16.7 ms when it missed its vsync: an interval over 1.5 frames. The raw
 * share of intervals under 16.7 ms is kept too.
 */
async function scrollRun(): Promise<{
	longTasks: number[];
	frames: number;
	missedVsync: number;
	rawOver16ms: number;
}> {
	const browser = await chromium.launch({ executablePath: CHROME });
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${ORIGIN}/`);
	// The shell and the islands on the screen: the rest wake as the scroll begins, and count.
	await page.waitForSelector('main[data-awake]');
	// A string, not a function: the bundler's helpers do not exist in the page.
	await page.evaluate(`
		window.benchLongTasks = [];
		window.benchFrames = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
		let last = performance.now();
		requestAnimationFrame(function frame(now) {
			const moving = document.getAnimations().some((a) => a.playState === 'running');
			window.benchFrames.push([now - last, moving]);
			last = now;
			requestAnimationFrame(frame);
		});
	`);
	// A reader's pace: about a screen every four seconds, in small wheel steps, to the end
	// (the page grows as chapters laid out at an estimated height come near).
	const atEnd = () =>
		page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1);
	do {
		await page.mouse.wheel(0, 40);
		await page.waitForTimeout(180);
	} while (!(await atEnd()));
	const { longTasks, frames } = (await page.evaluate(
		'({ longTasks: window.benchLongTasks, frames: window.benchFrames })'
	)) as { longTasks: number[]; frames: [number, boolean][] };
	await browser.close();
	// The first frame's interval spans the set-up: not a frame of the scroll.
	const moving = frames
		.slice(1)
		.filter(([, m]) => m)
		.map(([d]) => d);
	return {
		longTasks,
		frames: moving.length,
		missedVsync: moving.filter((d) => d > 16.7 * 1.5).length,
		rawOver16ms: moving.filter((d) => d > 16.7).length
	};
}

/**
 * One audit in a browser of its own, started for it with a new profile and closed after, as
 * Lighthouse's command line and PageSpeed run: a reader opening the story from a link has no
 * compiled scripts, no warm processes, nothing cached.
 */
async function coldAudit(url: string, throttlingMethod: 'simulate' | 'devtools'): Promise<Audit> {
	const chrome = await launch({
		chromePath: CHROME,
		chromeFlags: ['--headless=new', '--no-sandbox']
	});
	try {
		return await audit(url, chrome.port, throttlingMethod);
	} finally {
		await chrome.kill();
	}
}

/**
 * Each page audited `RUNS` times: the medians, printed as a table, LCP against the plain page's.
 * The pages take turns, a round of every page at a time: a machine that slows down for a few
 * minutes slows one run of each page, not every run of one page, which its ratio would carry.
 */
async function lighthouseRows(): Promise<LighthouseRow[]> {
	const audits = PAGES.map((page) => ({ page, runs: [] as Audit[], applied: [] as Audit[] }));
	for (let i = 0; i < RUNS; i++) {
		for (const { page, runs, applied } of audits) {
			runs.push(await coldAudit(`${ORIGIN}${page.path}`, 'simulate'));
			applied.push(await coldAudit(`${ORIGIN}${page.path}`, 'devtools'));
		}
	}
	const rows: LighthouseRow[] = audits.map(({ page, runs, applied }) => ({
		page: page.name,
		score: median(runs.map((r) => r.score)),
		lcp: median(runs.map((r) => r.lcp)),
		cls: median(runs.map((r) => r.cls)),
		tbt: median(runs.map((r) => r.tbt)),
		jsBytes: median(runs.map((r) => r.jsBytes)),
		totalBytes: median(runs.map((r) => r.totalBytes)),
		gzipBytes: median(runs.map((r) => r.gzipBytes)),
		brotliBytes: median(runs.map((r) => r.brotliBytes)),
		appliedLcp: median(applied.map((r) => r.lcp)),
		appliedTbt: median(applied.map((r) => r.tbt))
	}));
	const [plain, plainApplied] = [rows[0]!.lcp, rows[0]!.appliedLcp];
	for (const row of rows) {
		row.lcpRatio = row.lcp / plain;
		row.appliedLcpRatio = row.appliedLcp / plainApplied;
	}
	const table = [
		[
			'page',
			'score',
			'LCP ms',
			'LCP ÷ plain',
			'applied LCP ms',
			'÷ plain',
			'CLS',
			'TBT ms',
			'applied TBT',
			'JS KB',
			'total KB',
			'gzip KB',
			'brotli KB'
		],
		...rows.map((r) => [
			r.page,
			String(r.score),
			r.lcp.toFixed(0),
			r.lcpRatio!.toFixed(2),
			r.appliedLcp.toFixed(0),
			r.appliedLcpRatio!.toFixed(2),
			r.cls.toFixed(3),
			r.tbt.toFixed(0),
			r.appliedTbt.toFixed(0),
			(r.jsBytes / 1024).toFixed(1),
			(r.totalBytes / 1024).toFixed(1),
			(r.gzipBytes / 1024).toFixed(1),
			(r.brotliBytes / 1024).toFixed(1)
		])
	];
	const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
	for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
	return rows;
}

/** The pages whose cold load is traced: every page but the story's without its script. */
const TRACED = PAGES.filter((p) => p.name !== '/ without script');

/** The longest task a trace of a page's load holds, in ms (0 for none over 50). */
const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));

/**
 * Each page's cold load at 4× CPU, traced `RUNS` times (`bench/trace.ts`): one load's long
 * tasks vary by tens of ms on a busy machine, so the run whose longest task is the median is
 * the one shown, task by task, what took their time beside each, and every run's longest
 * task before it. The plain page's is the floor: its first layout is the article's text.
 */
async function traceRows(): Promise<{ page: string; longest: number[]; tasks: LongTask[] }[]> {
	const rows = [];
	console.log(
		`\ncold load at 4x CPU, tasks over 50 ms (the median of ${RUNS} runs; in ms, what took their time):`
	);
	for (const p of TRACED) {
		const runs: LongTask[][] = [];
		for (let i = 0; i < RUNS; i++) runs.push(await coldLoadTasks(`${ORIGIN}${p.path}`, CHROME));
		runs.sort((a, b) => longest(a) - longest(b));
		const tasks = runs[Math.floor(runs.length / 2)]!;
		const each = runs.map(longest);
		console.log(
			`  ${p.name} (longest task of each run: ${each.map((ms) => ms.toFixed(0)).join(', ')}):`
		);
		if (tasks.length === 0) console.log('    none');
		for (const t of tasks)
			console.log(
				`    at ${t.start.toFixed(0)} ms${t.blocking ? ' (after FCP)' : ''}, ${t.duration.toFixed(0)} ms: ${t.parts.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}`
			);
		rows.push({ page: p.name, longest: each, tasks });
	}
	return rows;
}

if (!values['no-build']) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) throw new Error('bench: the build failed');
}
const story = JSON.parse(readFileSync('static/data/story.json', 'utf8')) as Story;
const plainDir = mkdtempSync(join(tmpdir(), 'bench-plain-'));
writeFileSync(join(plainDir, 'index.html'), plainPage(story));
const unscriptedDir = mkdtempSync(join(tmpdir(), 'bench-unscripted-'));
writeFileSync(
	join(unscriptedDir, 'index.html'),
	unscriptedPage(readFileSync('build/index.html', 'utf8'))
);
// Sent compressed as the story's pages are: the comparison is of pages, not of encodings.
for (const dir of [plainDir, unscriptedDir]) precompress(dir);
const server = spawn(
	'node',
	[
		'scripts/serve.mjs',
		'--dir',
		'build',
		'--port',
		String(PORT),
		'--host',
		'localhost',
		'--mount',
		`/plain/=${plainDir}`,
		'--mount',
		`${UNSCRIPTED}=${unscriptedDir}`
	],
	{ stdio: 'ignore' }
);
try {
	await new Promise((done) => setTimeout(done, 800));
	const part = (name: string) => !values.only || values.only === name;
	const rows = part('lighthouse') ? await lighthouseRows() : [];
	const trace = part('trace') ? await traceRows() : [];
	const scroll = part('scroll') ? await scrollRun() : null;
	if (scroll) {
		const within = (n: number) =>
			(((scroll.frames - n) / Math.max(scroll.frames, 1)) * 100).toFixed(1);
		console.log(
			`\nscrolling / at 4x CPU: ${scroll.longTasks.length} long tasks (longest ${Math.max(0, ...scroll.longTasks).toFixed(0)} ms); ` +
				`of ${scroll.frames} frames drawn during transitions, ${within(scroll.missedVsync)}% within 16.7 ms ` +
				`(no missed vsync; ${within(scroll.rawOver16ms)}% of raw intervals under 16.7 ms)`
		);
	}
	mkdirSync('bench/results', { recursive: true });
	const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
	writeFileSync(
		file,
		`${JSON.stringify({ runs: RUNS, lighthouse: rows, trace, scroll }, null, '\t')}\n`
	);
	console.log(`\nbench: wrote ${file}`);
	// The latest few are kept: git has the rest, in the commits that measured them.
	const results = readdirSync('bench/results').sort();
	for (const old of results.slice(0, -KEEP_RESULTS)) rmSync(`bench/results/${old}`);
} finally {
	server.kill();
}
