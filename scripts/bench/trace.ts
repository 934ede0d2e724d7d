/**
 * What the main thread does on a cold load, task by task: a fresh browser (no caches, no
 * compiled code) loads the page with the CPU 4× slower while a DevTools trace records, and
 * every task over 50 ms is listed with what took its time (compiling and running scripts,
 * microtasks, style, layout, paint, parsing, garbage collection), largest first.
 */
import { chromium } from '@playwright/test';

/** Lighthouse's own categories (its trace gatherer's): its stack traces cost the page time too. */
const CATEGORIES = [
	'-*',
	'disabled-by-default-lighthouse',
	'loading',
	'v8',
	'v8.execute',
	'blink.user_timing',
	'blink.console',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.stack',
	'disabled-by-default-devtools.timeline.frame',
	'latencyInfo',
	'disabled-by-default-devtools.timeline.invalidationTracking'
];

/** A trace event, as Chromium writes it (times in µs). */
interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: Record<string, unknown> };
}

/** One task over 50 ms: when it started after navigation, how long, and what it was. */
export interface LongTask {
	start: number;
	duration: number;
	/** After the first contentful paint: what Total Blocking Time counts (its part over 50 ms). */
	blocking: boolean;
	/** Its parts by kind, in ms, largest first ("run /_app/…/bundle.js", "layout", …). */
	parts: [string, number][];
}

/** The short name of a script's URL: its file. */
const file = (url: unknown) =>
	String(url ?? '')
		.split('/')
		.pop() || 'inline';

/** What an event is, for the table; null for events that only hold others. */
function kind(e: TraceEvent): string | null {
	const data = e.args?.data ?? {};
	switch (e.name) {
		case 'v8.compile':
		case 'V8.CompileCode':
		case 'v8.compileModule':
			return `compile ${file(data.url ?? (e.args as { fileName?: string })?.fileName)}`;
		case 'EvaluateScript':
			return `run ${file(data.url)}`;
		case 'v8.evaluateModule':
			return 'run the bundle (a module)';
		case 'FunctionCall':
			return `call ${file(data.url)}`;
		case 'RunMicrotasks':
			// The app's start-up and hydration run here, after the bundle's import resolves.
			return 'microtasks';
		case 'TimerFire':
			return 'timer';
		case 'FireAnimationFrame':
			return 'animation frame';
		case 'EventDispatch':
			return `event ${String(data.type ?? '')}`;
		case 'DocumentLoader::CommitNavigation':
			return 'commit the navigation';
		case 'ParseHTML':
			return 'parse HTML';
		case 'ParseAuthorStyleSheet':
			return 'parse CSS';
		case 'UpdateLayoutTree':
		case 'RecalculateStyles':
			return 'style';
		case 'Layout':
			return 'layout';
		case 'PrePaint':
		case 'Paint':
		case 'Layerize':
		case 'UpdateLayer':
			return 'paint';
		case 'MajorGC':
		case 'MinorGC':
		case 'V8.GCScavenger':
		case 'V8.GCFinalizeMC':
			return 'garbage collection';
		default:
			return null;
	}
}

/**
 * The tasks over 50 ms while `url` loads in a fresh browser at 4× CPU, until `settle` ms
 * after the load event (the script is asked for once the page has painted).
 */
export async function coldLoadTasks(
	url: string,
	executablePath: string,
	viewport = { width: 390, height: 844 },
	settle = 4000
): Promise<LongTask[]> {
	const browser = await chromium.launch({ executablePath });
	try {
		const page = await browser.newPage({ viewport });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await browser.startTracing(page, { categories: CATEGORIES });
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(settle);
		const events = (
			JSON.parse((await browser.stopTracing()).toString()) as {
				traceEvents: TraceEvent[];
			}
		).traceEvents;
		return longTasks(events);
	} finally {
		await browser.close();
	}
}

/** The page's main thread's tasks over 50 ms, each with its parts' self times by kind. */
export function longTasks(events: TraceEvent[]): LongTask[] {
	// The renderer that navigated: its main thread is where the page's HTML was parsed.
	const parse = events.find((e) => e.name === 'ParseHTML');
	if (!parse) throw new Error('trace: the page was never parsed');
	const thread = events
		.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid);
	const zero = navigation?.ts ?? thread[0]!.ts;
	const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid)?.ts;
	const tasks = thread.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
	return tasks.map((task) => {
		const inside = thread.filter(
			(e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!
		);
		// Each event's self time (its time less its children's) goes to its own kind, or to
		// the kind of the nearest event above it that has one.
		const self = new Map<TraceEvent, number>(inside.map((e) => [e, e.dur!]));
		const kinds = new Map<TraceEvent, string>();
		const stack: TraceEvent[] = [];
		for (const e of inside) {
			while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
			const parent = stack.at(-1);
			if (parent) self.set(parent, self.get(parent)! - e.dur!);
			kinds.set(e, kind(e) ?? (parent ? kinds.get(parent)! : 'other'));
			stack.push(e);
		}
		const parts = new Map<string, number>();
		for (const e of inside)
			parts.set(kinds.get(e)!, (parts.get(kinds.get(e)!) ?? 0) + self.get(e)! / 1000);
		return {
			start: (task.ts - zero) / 1000,
			duration: task.dur! / 1000,
			blocking: fcp !== undefined && task.ts >= fcp,
			parts: [...parts].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1])
		};
	});
}
