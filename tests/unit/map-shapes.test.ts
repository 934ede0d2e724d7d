import { describe, expect, it } from 'vitest';
import { fillMapShapes } from '$lib/server/map-shapes';

const file =
	'<svg xmlns="http://www.w3.org/2000/svg"><style>path{vector-effect:non-scaling-stroke}</style>' +
	'<g id="provinces"><path id="s140000" d="M0,0Z"/></g>' +
	'<g id="counties"><path id="s1" d="M0,0L1,1Z"/><path id="s2" d="M1,1Z"/></g></svg>\n';
const place = '<svg class="shapes" data-map-shapes="" aria-hidden="true"></svg>';
const page = (uses: string, map = place) =>
	`<body><figure><svg class="picture">${uses}</svg>${map}</figure></body>`;

describe('map shapes in a one-map page', () => {
	it('fill the map’s place with the levels its pictures draw, the file’s style kept to its shapes', () => {
		const html = fillMapShapes(page('<use href="#counties"/><use href="#s2"/>'), () => file);
		expect(html).toContain(
			'<svg class="shapes" data-map-shapes="" aria-hidden="true"><style>path[id^="s"]{vector-effect:non-scaling-stroke}</style><g id="counties"><path id="s1" d="M0,0L1,1Z"/><path id="s2" d="M1,1Z"/></g></svg>'
		);
		expect(html).not.toContain('s140000');
	});

	it('take a level for a shape the page draws on its own', () => {
		const html = fillMapShapes(page('<use href="#s140000"/>'), () => file);
		expect(html).toContain('<g id="provinces">');
		expect(html).not.toContain('<g id="counties">');
	});

	it('leave a page without the place as it is, without reading the file', () => {
		const html = page('<use href="#counties"/>', '');
		const read = () => {
			throw new Error('read');
		};
		expect(fillMapShapes(html, read)).toBe(html);
	});

	it('refuse a file that is not one SVG, that holds a script, or whose levels the page does not draw', () => {
		const html = page('<use href="#counties"/>');
		expect(() => fillMapShapes(html, () => '<g></g>')).toThrow(/not one <svg>/);
		expect(() => fillMapShapes(html, () => '<svg><script>x()</script></svg>')).toThrow(/script/);
		expect(() => fillMapShapes(html, () => '<svg><path onload="x()"/></svg>')).toThrow(/script/);
		expect(() => fillMapShapes(page('<use href="#cities"/>'), () => file)).toThrow(/none/);
		// What it could not keep whole, or keep to its shapes.
		const nested = file.replace('<g id="counties">', '<g id="counties"><g id="inner"></g>');
		expect(() => fillMapShapes(html, () => nested)).toThrow(/another <g>/);
		const wider = file.replace('<style>', '<style>text{fill:red}');
		expect(() => fillMapShapes(html, () => wider)).toThrow(/more than its paths/);
	});
});
