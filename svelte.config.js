import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

/**
 * The hash of each inline script of app.html (the guard against a failed module load, the lazy
 * layout, an embed's options), for the Content Security Policy: SvelteKit hashes its own, and
 * these are ours.
 */
const templateScripts = [
	...readFileSync('src/app.html', 'utf8').matchAll(
		/<script(?: data-embed-only)?>([\s\S]*?)<\/script>/g
	)
].map(
	([, body]) =>
		/** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256').update(body).digest('base64')}`
		)
);

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
		// One script for the whole app: if it fails to load, the prerendered story stays as
		// it is (a lazily loaded page module that failed would replace it with an error page).
		output: { bundleStrategy: 'single' },
		// A strict policy: scripts only from this site or hashed, never eval. Prerendered
		// pages carry it as a <meta>; serve it as a header too (README), with frame-ancestors.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...templateScripts],
				// Svelte sets style attributes (style: directives, transforms as the reader scrolls).
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// The data files the page and readers share: one copy, served and imported.
		alias: { $data: 'static/data' },
		prerender: {
			// Every link must lead somewhere, but to the long images made after prerendering
			// (scripts/long-images.ts: they show the deployment's link).
			handleHttpError: ({ path, message }) => {
				if (!path.startsWith(`${basePath(process.env.BASE_PATH)}/wechat/`))
					throw new Error(message);
			},
			handleMissingId: 'fail',
			// Where the site is published: canonical and alternate links are absolute.
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173'
		}
	}
};

export default config;
