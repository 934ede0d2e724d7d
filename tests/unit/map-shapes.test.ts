import { describe, expect, it } from 'vitest';
import { fillMapShapes } from '$lib/server/map-shapes';

const file =
	'<svg xmlns="http://www.w3.org/2000/svg"><style>path{vector-effect:non-scaling-stroke}</style><g id="counties"><path id="s1" d="M0,0L1,1Z"/></g></svg>\n';
const page = (map: string) =>
	`<body><figure>${map}<svg class="picture"><use href="#counties"/></svg></figure></body>`;

describe('map shapes in a one-map page', () => {
	it('fill the map’s place with the file’s shapes, their style kept to them', () => {
		const html = fillMapShapes(
			page('<svg class="shapes" data-map-shapes="" aria-hidden="true"></svg>'),
			() => file
		);
		expect(html).toContain(
			'<svg class="shapes" data-map-shapes="" aria-hidden="true"><style>path[id^="s"]{vector-effect:non-scaling-stroke}</style><g id="counties"><path id="s1" d="M0,0L1,1Z"/></g></svg>'
		);
	});

	it('leave a page without the place as it is, without reading the file', () => {
		const html = page('');
		expect(
			fillMapShapes(html, () => {
				throw new Error('read');
			})
		).toBe(html);
	});

	it('refuse a file that is not one SVG, or that holds a script', () => {
		const place = page('<svg data-map-shapes></svg>');
		expect(() => fillMapShapes(place, () => '<g></g>')).toThrow(/not one <svg>/);
		expect(() => fillMapShapes(place, () => '<svg><script>x()</script></svg>')).toThrow(/script/);
		expect(() => fillMapShapes(place, () => '<svg><path onload="x()"/></svg>')).toThrow(/script/);
	});
});
