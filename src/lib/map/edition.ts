import { labelBox, placeLabels, type Box } from './labels';
import type { ArrowWords, ArrowsView, EditionView, Label, Locator } from './views';

/** How far an arrowhead reaches past its line's end, and the dot past its radius: kept clear. */
const HEAD = 8;
const DOT = 10;

/**
 * The arrows of "南联西扩" in the Fenxi view, from the county's centre by its size, and every
 * word of the view placed around them by the one placer: the county's name beside the dot
 * where the arrows start, the south word under its arrow's head, the west one above its
 * arrow starting at the head (a longer word grows along the arrow, not off the map). A place
 * name that would now meet a word or an arrow is dropped, as any label that does not fit is;
 * the county's name or an arrow's word that cannot be placed is an error.
 */
export function placeArrows(view: EditionView, locator: Locator, words: ArrowWords): ArrowsView {
	const [x, y] = [
		locator.fenxiCentre[0] * view.k + view.x,
		locator.fenxiCentre[1] * view.k + view.y
	];
	const reach = locator.fenxiSize * view.k * 0.42;
	const round = (v: number) => Math.round(v * 10) / 10;
	const lines = [
		{ x1: x, y1: y + 14, x2: x, y2: y + reach },
		{ x1: x - 14, y1: y, x2: x - reach, y2: y }
	].map((l) => ({ x1: round(l.x1), y1: round(l.y1), x2: round(l.x2), y2: round(l.y2) }));
	const marks: Box[] = [
		...lines.map((l): Box => [
			Math.min(l.x1, l.x2) - HEAD,
			Math.min(l.y1, l.y2) - HEAD,
			Math.max(l.x1, l.x2) + HEAD,
			Math.max(l.y1, l.y2) + HEAD
		]),
		[x - DOT, y - DOT, x + DOT, y + DOT]
	];
	const name = view.labels.find((l) => l.emphasis);
	if (!name) throw new Error('map: the Fenxi view has no label for the county');
	const wordLabels: Label[] = [
		{ id: 'south', text: words.south, x: round(x), y: round(y + reach + 30), emphasis: true },
		{
			id: 'west',
			text: words.west,
			x: round(x - reach - 6),
			y: round(y - 30),
			emphasis: true,
			anchor: 'start'
		}
	];
	const moved: Label = { ...name, x: round(x + 14), y: round(y + 30), anchor: 'start' };
	const first = [moved, ...wordLabels];
	const placed = placeLabels([...first, ...view.labels.filter((l) => l !== name)], marks);
	for (const label of first) {
		if (!placed.includes(label)) {
			const [left, top, right, bottom] = labelBox(label).map(Math.round);
			throw new Error(
				`map: "${label.text}" does not fit beside the arrows (at ${left},${top}–${right},${bottom})`
			);
		}
	}
	return {
		centre: [round(x), round(y)],
		lines,
		labels: placed.filter((l) => !wordLabels.includes(l)),
		words: wordLabels
	};
}
