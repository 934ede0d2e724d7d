import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Where the site lives below its origin: '' at the root, or a path such as
 * `/interactive/fenxi-2020` (BASE_PATH=/interactive/fenxi-2020 npm run build).
 * @param {string | undefined} value
 * @returns {'' | `/${string}`}
 */
function basePath(value) {
	if (!value) return '';
	if (!value.startsWith('/') || value.endsWith('/') || /[\s?#\\]|\/\/|\/\.\.?(\/|$)/.test(value)) {
		throw new Error(
			`svelte.config.js: BASE_PATH must start with '/' and not end with '/', with no '//', '.' or '..' segments, spaces, '?' or '#' (got ${JSON.stringify(value)}); leave it unset for the root`
		);
	}
	return /** @type {`/${string}`} */ (value);
}

/** The folder the static site is written to: a second build can go elsewhere. */
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes for our own components only: forcing them globally would break
		// libraries in node_modules that still use the legacy syntax.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ pages: out, assets: out, strict: true }),
		paths: { base: basePath(process.env.BASE_PATH) },
		// The data files the page and readers share: one copy, served and imported.
		alias: { $data: 'static/data' },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Where the site is published: canonical and alternate links are absolute.
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173'
		}
	}
};

export default config;
