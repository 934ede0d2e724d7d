import type { Plugin } from 'vite';

/**
 * Kit's module of the app's routes, in the browser's build: it loads each route's page
 * module with `() => import('./nodes/N')`.
 */
const ROUTE_TABLE = /\/generated\/client-optimized\/app\.js$/;
const ROUTE_IMPORT = /\(\) => import\(('\.\/nodes\/\d+')\)/g;

/**
 * The browser's build in two scripts: the app (SvelteKit, the page's shell, its routes) and,
 * split off at the one `import()` of our own (the islands' components: the chapters, the
 * charts, LayerCake and d3), a chunk that loads while the shell starts and runs in a task of
 * its own before the first island wakes. With one script (Kit's `bundleStrategy: 'single'`,
 * which turns code splitting off) a cold start ran all of it in one task, over 50 ms on a
 * slow phone.
 *
 * What stays as it was:
 * - Kit's route modules are in the app's script, imported statically: a route module that
 *   failed to load would have Kit replace the prerendered page with an error page, where a
 *   failed island chunk leaves the page as prerendered (`startIslands`).
 * - One stylesheet for both (`cssCodeSplit: false`), which the pages carry inline: the
 *   islands are prerendered, so their styles must be in the page before their code comes,
 *   and nothing loads a second copy with the chunk.
 */
export function islandChunk(): Plugin {
	return {
		name: 'island-chunk',
		apply: 'build',
		// After Kit's own (order 'pre'), which turns splitting off for its single bundle, and
		// says which build this is (`build.ssr`): the browser's alone is changed.
		config: ({ build }) =>
			build?.ssr
				? undefined
				: {
						build: {
							cssCodeSplit: false,
							rollupOptions: {
								output: { codeSplitting: true },
								// What the chunk shares with the app (Svelte, Kit) stays in the app's
								// script, which exports it, and not in a third, fetched only once
								// the app's has been read: Kit's 'strict' forbids the exports.
								preserveEntrySignatures: 'allow-extension'
							}
						}
					},
		transform(code, id, options) {
			if (options?.ssr || !ROUTE_TABLE.test(id)) return;
			return { code: eagerRoutes(code, id), map: null };
		}
	};
}

/**
 * Kit's route table `code` (the module `id`) with each route's module imported statically,
 * its loader resolving to it at once. A table with no route to import is an error: Kit has
 * changed how it writes it, and its routes would load lazily without anyone knowing.
 */
export function eagerRoutes(code: string, id: string): string {
	const imports: string[] = [];
	const eager = code.replace(ROUTE_IMPORT, (_, path: string) => {
		const name = `route_${imports.length}`;
		imports.push(`import * as ${name} from ${path};`);
		return `() => Promise.resolve(${name})`;
	});
	if (imports.length === 0) {
		throw new Error(
			`island-chunk: ${id} imports no route module as "() => import('./nodes/N')"; SvelteKit's generated route table has changed, and its routes would load lazily`
		);
	}
	return `${imports.join('\n')}\n${eager}`;
}
