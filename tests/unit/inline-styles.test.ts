import { describe, expect, it } from 'vitest';
import { inlineStyles } from '$lib/server/inline-styles';

const page = (href: string) =>
	`<head><link href="${href}" rel="stylesheet"><title>t</title></head><body><link href="x.css" rel="stylesheet"></body>`;

describe('inline styles', () => {
	it("replaces the app's stylesheet links with their files, whatever the path to them", () => {
		const read = (file: string) => `/* ${file} */ main{color:red}`;
		expect(inlineStyles(page('./_app/immutable/assets/bundle.A1.css'), read)).toBe(
			'<head><style>/* bundle.A1.css */ main{color:red}</style><title>t</title></head><body><link href="x.css" rel="stylesheet"></body>'
		);
		expect(inlineStyles(page('/interactive/fenxi/_app/immutable/assets/b.css'), read)).toContain(
			'<style>/* b.css */'
		);
	});

	it('refuses CSS that points at other files, or that would close the style element', () => {
		const href = '../_app/immutable/assets/bundle.css';
		expect(() => inlineStyles(page(href), () => 'a{background:url(x.png)}')).toThrow(
			`inline styles: ${href} refers to another file (url() or @import); it cannot be inlined`
		);
		expect(() => inlineStyles(page(href), () => '@import "b.css";')).toThrow(
			/refers to another file/
		);
		expect(() => inlineStyles(page(href), () => 'a{content:"</style>"}')).toThrow(/"<\/style"/);
		expect(inlineStyles(page(href), () => 'a{background:url(data:image/png;base64,AA)}')).toContain(
			'<style>a{background:url(data:'
		);
	});
});
