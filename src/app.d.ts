// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** The page's islands, prerendered on their own, by id: the hook writes them in. */
			islands?: Record<string, string>;
			/** The page has no script of the app (`csr = false`): nothing to defer. */
			noScript?: boolean;
			/** Tags for the end of the head, server-made (a link's card, JSON-LD): the hook writes them in. */
			head?: string;
		}
	}
}

export {};

// A link's `blocking` (HTML: render-blocking until, for `rel="expect"`, an element is read),
// which Svelte's element types do not have yet.
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}
