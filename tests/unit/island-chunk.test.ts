import { describe, expect, it } from 'vitest';
import { eagerRoutes } from '../../scripts/vite/island-chunk';

const id = '/repo/.svelte-kit/generated/client-optimized/app.js';

describe("the browser build's split: Kit's routes stay in the app's script", () => {
	it('imports each route module statically, its loader resolving to it', () => {
		const table = [
			"export { matchers } from './matchers.js';",
			'export const nodes = [',
			"\t() => import('./nodes/0'),",
			"\t() => import('./nodes/12')",
			'];'
		].join('\n');
		expect(eagerRoutes(table, id)).toBe(
			[
				"import * as route_0 from './nodes/0';",
				"import * as route_1 from './nodes/12';",
				"export { matchers } from './matchers.js';",
				'export const nodes = [',
				'\t() => Promise.resolve(route_0),',
				'\t() => Promise.resolve(route_1)',
				'];'
			].join('\n')
		);
	});

	it('refuses a table it does not recognise, naming it: the routes would load lazily', () => {
		expect(() => eagerRoutes("export const nodes = [() => import('./x.js')];", id)).toThrow(
			`island-chunk: ${id} imports no route module as "() => import('./nodes/N')"; SvelteKit's generated route table has changed, and its routes would load lazily`
		);
	});
});
