import type { Plugin } from 'vite';

/** SvelteKit's client runtime, whose `start` runs the page's start-up. */
const KIT_CLIENT = /\/@sveltejs\/kit\/src\/runtime\/client\/client\.js$/;

/** Ends the task: what follows runs in a task of its own, after the browser's own work. */
const NEXT_TASK = 'await new Promise((resume) => setTimeout(resume));';

/**
 * The places in Kit's `start` where the start-up is cut into tasks, each found by its line.
 * Kit awaits a client `init` hook after evaluating its bundle, where `hooks.client.ts` ends
 * the first task; it has no hook after, where the rest ran as one task of 70 to 150 ms on a
 * slow phone (a cold browser at 4x CPU): its set-up (the routes, its first history entry), the
 * page's hydration, and its router's start (which reads every link on the page).
 */
const CUTS = [
	{ before: '\t\tawait _hydrate(target, hydrate);\n', what: 'before hydrating' },
	{ before: '\t_start_router();\n}\n', what: 'before starting the router' }
];

/**
 * Kit's start-up in three tasks rather than one, so that the browser can paint, scroll or
 * answer a tap between them. Kit reads the same state either way: a link followed in between
 * is a full page load, which is what every link on these pages is (`data-sveltekit-reload`).
 */
export function kitStartTasks(): Plugin {
	return {
		name: 'kit-start-tasks',
		apply: 'build',
		transform(code, id, options) {
			if (options?.ssr || !KIT_CLIENT.test(id)) return;
			return { code: cutStart(code, id), map: null };
		}
	};
}

/**
 * Kit's client runtime `code` (the module `id`) with a task's end at each cut. A cut whose
 * line is not found once is an error: Kit has changed its `start`, and its start-up would run
 * as one long task again without anyone knowing.
 */
export function cutStart(code: string, id: string): string {
	return CUTS.reduce((cut, { before, what }) => {
		const at = cut.indexOf(before);
		if (at < 0 || cut.indexOf(before, at + 1) >= 0) {
			throw new Error(
				`kit-start-tasks: ${id} has ${at < 0 ? 'no' : 'more than one'} line ${JSON.stringify(before.trim())} to end a task ${what} at; SvelteKit's start has changed`
			);
		}
		const indent = /^\t*/.exec(before)![0];
		return `${cut.slice(0, at)}${indent}${NEXT_TASK}\n${cut.slice(at)}`;
	}, code);
}
