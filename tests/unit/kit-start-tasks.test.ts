import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutStart } from '../../scripts/vite/kit-start-tasks';

const id = '/repo/node_modules/@sveltejs/kit/src/runtime/client/client.js';
const NEXT_TASK = 'await new Promise((resume) => setTimeout(resume));';

describe("Kit's start-up, cut into tasks", () => {
	it("ends a task before hydrating and before starting the router, in the installed Kit's start", () => {
		const kit = readFileSync('node_modules/@sveltejs/kit/src/runtime/client/client.js', 'utf8');
		const cut = cutStart(kit, id);
		const start = cut.slice(cut.indexOf('export async function start('));
		const body = start.slice(0, start.indexOf('\n}\n') + 3);
		const lines = body.split('\n').map((line) => line.trim());
		const hydrate = lines.indexOf('await _hydrate(target, hydrate);');
		const router = lines.indexOf('_start_router();');
		expect(lines[hydrate - 1]).toBe(NEXT_TASK);
		expect(lines[router - 1]).toBe(NEXT_TASK);
		// The init hook's wait comes first, then Kit's set-up, then the two cuts.
		expect(lines.indexOf('await _app.hooks.init?.();')).toBeLessThan(hydrate - 1);
		// Nothing else changed.
		expect(
			cut
				.split(`${NEXT_TASK}\n`)
				.map((part) => part.replace(/\t+$/, ''))
				.join('')
		).toBe(kit);
	});

	it('refuses a start it does not recognise, naming the file and the line', () => {
		expect(() => cutStart('export async function start() {\n\t_start_router();\n}\n', id)).toThrow(
			`kit-start-tasks: ${id} has no line "await _hydrate(target, hydrate);" to end a task before hydrating at; SvelteKit's start has changed`
		);
		const twice = '\t\tawait _hydrate(target, hydrate);\n'.repeat(2) + '\t_start_router();\n}\n';
		expect(() => cutStart(twice, id)).toThrow(
			`kit-start-tasks: ${id} has more than one line "await _hydrate(target, hydrate);"`
		);
	});
});
