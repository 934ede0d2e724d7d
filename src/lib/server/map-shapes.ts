/**
 * A one-map embed carries the map's shapes in its page: a frame in a sandbox (WordPress's,
 * an opaque origin) may not draw `<use>` from another document, even its own site's file.
 * The map's `<svg data-map-shapes>` place, empty as rendered (and passed over by hydration),
 * is filled here with the map file's shapes, made at build time by scripts/geo.ts; the
 * map's `<use>` then point into the page (`#counties`).
 */
const PLACE = /<svg([^>]*\bdata-map-shapes\b[^>]*)><\/svg>/;
const FILE = /^\s*<svg[^>]*>([\s\S]*)<\/svg>\s*$/;

/** `html` with its map's place, if it has one, holding the shapes of `read()`'s SVG file. */
export function fillMapShapes(html: string, read: () => string): string {
	const place = PLACE.exec(html);
	if (!place) return html;
	const inner = FILE.exec(read())?.[1];
	if (inner === undefined) throw new Error('map shapes: the map file is not one <svg> element');
	if (/<script|<foreignObject|\son\w+\s*=|javascript:/i.test(inner)) {
		throw new Error('map shapes: the map file holds a script or a handler; it is not inlined');
	}
	// The file's style is for its own shapes: inside this page, it is kept to them.
	const scoped = inner.replace(/<style>([^<]*)<\/style>/g, (_, css: string) => {
		const rules = css.replace(/(^|\})\s*path\s*\{/g, '$1path[id^="s"]{');
		return `<style>${rules}</style>`;
	});
	return html.replace(place[0], () => `<svg${place[1]}>${scoped}</svg>`);
}
