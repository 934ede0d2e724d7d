/**
 * The app's stylesheet written into each page: the first paint waits for no request but the
 * page's own. The app's CSS is one small file (under 7 KB gzip), cheaper inline than a round
 * trip on a slow connection, where the first paint otherwise waits for it. It is one file for
 * the shell and the islands (scripts/vite/island-chunk.ts), which SvelteKit does not link, as
 * it belongs to no chunk: the browser's build names it in its manifest (`appStylesheet`).
 * Where a page marks a place after its first paint's wait (`<div data-late-styles hidden>`,
 * after the element its `<link rel="expect" blocking="render">` names), the rules that can
 * match nothing before it are written in there (`splitStylesheet`).
 */
import { scopesIn, splitStylesheet } from './late-styles';

/** Where it goes: where SvelteKit puts a page's styles, before app.html's dark palette. */
const BEFORE = '<style id="dark-palette"';

/**
 * The place for the late styles, empty as rendered: an element of the page's own, so that its
 * hydration, which does not look inside an element it rendered empty, finds what it made.
 */
const LATE_PLACE = /<div data-late-styles(?:="")? hidden(?:="")?>/;

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
 * `html` with the stylesheet `css` (the file `file`) in a `<style>` before the dark palette;
 * where the page has a place for late styles, the rules that can match nothing before it in a
 * `<style>` there, read after the first paint's wait is over: on a slow phone the paint then
 * waits for fewer bytes, and matches fewer rules. A stylesheet
 * that refers to another file (`url(…)`, `@import`) would point elsewhere once inline, so it
 * is refused.
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
	const head = (styles: string) => `${html.slice(0, at)}<style>${styles}</style>\n\t\t`;
	const place = LATE_PLACE.exec(html);
	if (!place) return head(css) + html.slice(at);
	const after = place.index + place[0].length;
	if (place.index < at || !html.startsWith('</div>', after)) {
		throw new Error(
			'inline styles: the place for late styles must be an empty <div data-late-styles hidden> in the body'
		);
	}
	const { early, late } = splitStylesheet(css, scopesIn(html.slice(0, place.index)));
	return (
		head(early) + html.slice(at, after) + (late && `<style>${late}</style>`) + html.slice(after)
	);
}
