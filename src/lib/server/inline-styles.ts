/**
 * The app's stylesheet written into each page: the first paint waits for no request but the
 * page's own. The app's CSS is one small file (under 7 KB gzip), cheaper inline than a round
 * trip on a slow connection, where the first paint otherwise waits for it. It is one file for
 * the shell and the islands (scripts/vite/island-chunk.ts), which SvelteKit does not link, as
 * it belongs to no chunk: the browser's build names it in its manifest (`appStylesheet`).
 */

/** Where it goes: where SvelteKit puts a page's styles, before app.html's dark palette. */
const BEFORE = '<style id="dark-palette"';

/** The app's stylesheet's path (under the build's root), from the browser's build manifest. */
export function appStylesheet(manifest: Readonly<Record<string, { file?: string }>>): string {
	const file = manifest['style.css']?.file;
	if (!file?.endsWith('.css')) {
		throw new Error(
			'inline styles: the browser build\'s manifest names no "style.css": is `build.cssCodeSplit` still false for it (scripts/vite/island-chunk.ts)?'
		);
	}
	return file;
}

/**
 * `html` with the stylesheet `css` (the file `file`) in a `<style>` before the dark palette.
 * A stylesheet that refers to another file (`url(…)`, `@import`) would point elsewhere once
 * inline, so it is refused.
 */
export function inlineStylesheet(html: string, file: string, css: string): string {
	if (/url\(\s*(?!['"]?data:)|@import/i.test(css)) {
		throw new Error(
			`inline styles: ${file} refers to another file (url() or @import); it cannot be inlined`
		);
	}
	if (/<\/style/i.test(css)) {
		throw new Error(`inline styles: ${file} contains "</style", which would end the inline style`);
	}
	const at = html.indexOf(BEFORE);
	if (at < 0) throw new Error(`inline styles: the page has no ${BEFORE}> to put its styles before`);
	return `${html.slice(0, at)}<style>${css}</style>\n\t\t${html.slice(at)}`;
}
