import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes for our own components only: forcing them globally would break
		// libraries in node_modules that still use the legacy syntax.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ strict: true }),
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
