import type { EditionId } from '../editions';
import type { Level, Township } from '../geo/build';

/** The locator map's shapes, views and labels: data only, drawn by LocatorMap. */

/** The drawn shapes, one group per level and one path per shape: fetched once, cached. */
export const MAP_SVG = '/map/locator.svg';

/** The map's own coordinate space: a square the SVG scales to its box. */
export const SIZE = 600;
/** Space kept around a view's subject, in map units. */
export const PADDING = 36;

export type ViewId = 'region' | 'shanxi' | 'linfen' | 'fenxi';
export const VIEW_IDS: readonly ViewId[] = ['region', 'shanxi', 'linfen', 'fenxi'];

/** The levels drawn in each view: its own, and the one above it as context. */
export const VIEW_LEVELS: Record<ViewId, readonly Level[]> = {
	region: ['provinces'],
	shanxi: ['provinces', 'cities'],
	linfen: ['cities', 'counties'],
	fenxi: ['counties']
};

/** A shape of the map; its path is in the map's SVG file (`#s<id>`), not in the page. */
export interface Shape {
	id: string;
	name: string;
}

export interface Label {
	id: string;
	text: string;
	x: number;
	y: number;
	emphasis: boolean;
	/** Where `x` is on the words: their middle, or (`start`) their start. */
	anchor?: 'start';
}

export interface View {
	id: ViewId;
	/** Scale and translation from base coordinates to the view. */
	k: number;
	x: number;
	y: number;
	/** The level drawn in full, and the one shape picked out. */
	level: Level;
	highlight: string;
	/** The labels that fit, placed for each edition's names. */
	labels: Record<EditionId, Label[]>;
}

export interface Locator {
	/** Each level's shapes; their paths, in the base projection, are `MAP_SVG#<level>`. */
	shapes: Record<Level, Shape[]>;
	views: Record<ViewId, View>;
	/** Fenxi's centre in base coordinates: where the schematic arrows start. */
	fenxiCentre: [number, number];
	/** Fenxi's size in base coordinates, for the arrows' length. */
	fenxiSize: number;
	/** Fenxi's townships: names only, no geometry exists for them. */
	townships: Township[];
}

/** A view as one edition's map draws it: its frame, its picked-out shape, that edition's labels. */
export type EditionView = Pick<View, 'k' | 'x' | 'y' | 'highlight'> & { labels: Label[] };

/**
 * The Fenxi view as the city's map draws it, with schematic arrows south and west from the
 * county's centre: the lines, their words, and the view's labels placed again around them
 * (by placeArrows, edition.ts).
 */
export interface ArrowsView {
	/** The county's centre, where both arrows start, in the view's units. */
	centre: [number, number];
	lines: { x1: number; y1: number; x2: number; y2: number }[];
	/** The view's labels that still fit, the county's name moved beside the dot. */
	labels: Label[];
	/** Each arrow's word, by its arrow. */
	words: Label[];
}

/** The arrows' words: 南联 and 西扩, in the edition's language. */
export interface ArrowWords {
	south: string;
	west: string;
}

/** Font sizes of labels, in map units (the SVG is at most 600 px wide, at least ~340). */
export const LABEL_SIZE = { normal: 19, emphasis: 23 };

/**
 * The picked-out shape of a view and the others it names, by their Simplified names:
 * what its text alternative says.
 */
export function viewNames(locator: Locator, id: ViewId): { highlight: string; others: string[] } {
	const view = locator.views[id];
	const shapes = locator.shapes[view.level];
	const highlight = shapes.find((s) => s.id === view.highlight)?.name ?? '';
	// A whole level is named in full; a cropped view names what its labels show.
	const others =
		id === 'shanxi' || id === 'linfen'
			? shapes.filter((s) => s.id !== view.highlight).map((s) => s.name)
			: view.labels['zh-Hans'].filter((l) => !l.emphasis).map((l) => l.text);
	return { highlight, others };
}
