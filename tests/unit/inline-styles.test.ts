import { describe, expect, it } from 'vitest';
import { appStylesheet, inlineStylesheet } from '$lib/server/inline-styles';

const head =
	'<head><title>t</title>\n\t\t<style id="dark-palette" media="x">:root:root{}</style></head>';
const page = `${head}<body></body>`;
const file = '_app/immutable/assets/style.A1.css';
/** A page with a place for late styles: `.svelte-a` is before it, `.svelte-c` only after. */
const marked =
	'<head>\n\t\t<style id="dark-palette"></style></head><body><p class="x svelte-a">a</p>' +
	'<section id="b" class="svelte-b"><div data-late-styles hidden></div><p class="svelte-c">c</p></section></body>';

describe('inline styles', () => {
	it("writes the app's stylesheet where SvelteKit puts a page's styles: before the dark palette", () => {
		expect(inlineStylesheet(page, file, 'main{color:red}')).toBe(
			'<head><title>t</title>\n\t\t<style>main{color:red}</style>\n\t\t<style id="dark-palette" media="x">:root:root{}</style></head><body></body>'
		);
	});

	it('writes the rules that match nothing before the place for late styles there', () => {
		const css = 'p{margin:0}.x.svelte-a{color:red}p.svelte-c{color:blue}.svelte-b{gap:0}';
		expect(inlineStylesheet(marked, file, css)).toBe(
			'<head>\n\t\t<style>p{margin:0}.x.svelte-a{color:red}.svelte-b{gap:0}</style>\n\t\t<style id="dark-palette"></style></head><body><p class="x svelte-a">a</p>' +
				'<section id="b" class="svelte-b"><div data-late-styles hidden><style>p.svelte-c{color:blue}</style></div><p class="svelte-c">c</p></section></body>'
		);
		// Nothing to move: the place stays empty.
		expect(inlineStylesheet(marked, file, 'p{margin:0}')).toContain(
			'<div data-late-styles hidden></div>'
		);
	});

	it('says so when the place for late styles is not an empty element in the body', () => {
		expect(() =>
			inlineStylesheet(marked.replace('hidden></div>', 'hidden><i></i></div>'), file, 'p{}')
		).toThrow(
			'inline styles: the place for late styles must be an empty <div data-late-styles hidden> in the body'
		);
	});

	it('refuses CSS that points at other files, or that would close the style element', () => {
		expect(() => inlineStylesheet(page, file, 'a{background:url(x.png)}')).toThrow(
			`inline styles: ${file} refers to another file (url() or @import); it cannot be inlined`
		);
		expect(() => inlineStylesheet(page, file, '@import "b.css";')).toThrow(
			/refers to another file/
		);
		expect(() => inlineStylesheet(page, file, 'a{content:"</style>"}')).toThrow(/"<\/style"/);
		expect(inlineStylesheet(page, file, 'a{background:url(data:image/png;base64,AA)}')).toContain(
			'<style>a{background:url(data:'
		);
	});

	it('says so when the page has no dark palette to put its styles before', () => {
		expect(() => inlineStylesheet('<head></head>', file, 'a{}')).toThrow(
			'inline styles: the page has no <style id="dark-palette"> to put its styles before'
		);
	});

	it("finds the stylesheet in the browser build's manifest, or says what is wrong", () => {
		expect(appStylesheet({ 'style.css': { file }, 'x.js': { file: 'x.1.js' } })).toBe(file);
		expect(() => appStylesheet({ 'x.js': { file: 'x.1.js' } })).toThrow(
			/manifest names no "style.css": is `build.cssCodeSplit` still false/
		);
	});
});
