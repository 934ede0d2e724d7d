/**
 * A one-map embed carries the map's shapes in its page: a frame in a sandbox (WordPress's,
 * an opaque origin) may not draw `<use>` from another document, even its own site's file.
 * The map's `<svg data-map-shapes>` place, empty as rendered (and passed over by hydration),
 * is filled here with the map file's shapes, made at build time by scripts/geo.ts; the
 * map's `<use>` then point into the page (`#counties`).
 */
const PLACE = /<svg([^>]*\bdata-map-shapes\b[^>]*)><\/svg>/;
const FILE = /^\s*<svg[^>]*>([\s\S]*)<\/svg>\s*$/;

const LEVEL = /<g id="(\w+)">[\s\S]*?<\/g>/g;

/**
 * `html` with its map's place, if it has one, holding the shapes of `read()`'s SVG file that
 * it draws: each level (`<g id>`) that one of its `<use>` names, or holds a shape one names.
 */
export function fillMapShapes(html: string, read: () => string): string {
	const place = PLACE.exec(html);
	if (!place) return html;
	const inner = FILE.exec(read())?.[1];
	if (inner === undefined) throw new Error('map shapes: the map file is not one <svg> element');
	if (/<script|<foreignObject|\son\w+\s*=|javascript:/i.test(inner)) {
		throw new Error('map shapes: the map file holds a script or a handler; it is not inlined');
	}
	const named = new Set([...html.matchAll(/<use href="#(\w+)"/g)].map((m) => m[1]!));
	const levels = [...inner.matchAll(LEVEL)].filter(
		([level, id]) => named.has(id!) || [...named].some((shape) => level.includes(` id="${shape}"`))
	);
	if (levels.length === 0) throw new Error('map shapes: the page draws none of the map’s levels');
	if (levels.some(([level]) => /<g[\s>]/.test(level.slice(2)))) {
		throw new Error('map shapes: a level of the map file holds another <g>; it is not read whole');
	}
	// The file's style is for its own shapes (their ids are s and a code): kept to them here.
	const style = /<style>([^<]*)<\/style>/.exec(inner)?.[1] ?? '';
	if (!/^(\s*path\s*\{[^}]*\})*\s*$/.test(style)) {
		throw new Error('map shapes: the map file styles more than its paths; it is not inlined');
	}
	const scoped = style.replace(/(^|\})\s*path\s*\{/g, '$1path[id^="s"]{');
	const shapes = levels.map(([level]) => level).join('');
	return html.replace(place[0], () => `<svg${place[1]}><style>${scoped}</style>${shapes}</svg>`);
}
