import type { EditionId } from '$lib/editions';
import { placeArrows } from '$lib/map/edition';
import {
	VIEW_IDS,
	viewNames,
	type ArrowWords,
	type ArrowsView,
	type EditionView,
	type Locator,
	type ViewId
} from '$lib/map/views';
import { stepText, table, type ChartPart, type ChartSource } from '../types';

/** The opening's map: from the region down to Fenxi, a view a step, and its townships. */
export interface OpeningMapData {
	/** Each view's frame, with this edition's labels. */
	views: Record<ViewId, EditionView>;
	/** The view at each step of the chapter. */
	steps: ViewId[];
	/** What each view shows, in words: its text alternative. */
	descriptions: Record<ViewId, string>;
	townships: { heading: string; names: string[]; join: string };
}

export interface OpeningMapWords {
	describe: Record<ViewId, (highlight: string, others: string[]) => string>;
	townships: (n: number) => string;
	/** The townships' row of the table: “Fenxi's townships”. */
	townshipsOf: (county: string) => string;
	tableCaption: string;
	columns: [string, string];
}

/** The city chapter's map: Fenxi, with “南联西扩” drawn as schematic arrows. */
export interface CityMapData {
	/** The Fenxi view, with this edition's labels placed around the arrows. */
	view: EditionView;
	arrows: {
		/** That they are schematic: the map's caption. */
		note: string;
		/** The map's text alternative, with the arrows. */
		description: string;
		drawing: ArrowsView;
	};
}

export interface CityMapWords {
	/** The article's words, checked against the city chapter's text at build time. */
	arrows: ArrowWords;
	/** Where each arrow points, for the table. */
	directions: ArrowWords;
	note: string;
	describe: (county: string) => string;
	tableCaption: string;
	columns: [string, string];
}

/** The views of the opening, from the region down to Fenxi, one a step. */
const STEPS: ViewId[] = ['region', 'shanxi', 'linfen', 'fenxi'];

/** Each view's frame with one edition's labels (placed by `npm run geo`). */
function views(locator: Locator, lang: EditionId): Record<ViewId, EditionView> {
	return Object.fromEntries(
		VIEW_IDS.map((id) => {
			const { k, x, y, highlight, labels } = locator.views[id];
			return [id, { k, x, y, highlight, labels: labels[lang] }];
		})
	) as Record<ViewId, EditionView>;
}

/** The view at the active step: the first before it, the last after the last. */
export const openingState = (d: OpeningMapData, active: number): number =>
	Math.min(Math.max(active, 0), d.steps.length - 1);

export function buildOpeningMap(source: ChartSource<OpeningMapWords>): ChartPart<OpeningMapData> {
	const { locator, words, common } = source;
	const name = common.placeName;
	const named = (view: ViewId) => {
		const { highlight, others } = viewNames(locator, view);
		return { highlight: name(highlight), others: others.map(name) };
	};
	const descriptions = Object.fromEntries(
		VIEW_IDS.map((view) => {
			const { highlight, others } = named(view);
			return [view, words.describe[view](highlight, others)];
		})
	) as Record<ViewId, string>;
	const townships = locator.townships.map((t) => name(t.name));
	const county = named('fenxi').highlight;
	const list = common.punctuation.list;
	return {
		data: {
			views: views(locator, source.lang),
			steps: STEPS,
			descriptions,
			townships: { heading: words.townships(townships.length), names: townships, join: list }
		},
		text: {
			captions: STEPS.map((view) => descriptions[view]),
			table: table(common, words.tableCaption, words.columns, [
				...STEPS.map((view) => {
					const { highlight, others } = named(view);
					return [highlight, others.join(list)];
				}),
				[words.townshipsOf(county), townships.join(list)]
			])
		}
	};
}

export function buildCityMap(source: ChartSource<CityMapWords>): ChartPart<CityMapData> {
	const { locator, words, common } = source;
	const text = source.chapter.steps.map((s) => stepText(s, source.lang)).join(' ');
	for (const word of Object.values(words.arrows)) {
		if (!text.includes(word))
			throw new Error(`chart ${source.id}: the map's word "${word}" is not in the city chapter`);
	}
	const fenxi = views(locator, source.lang).fenxi;
	const county = common.placeName(viewNames(locator, 'fenxi').highlight);
	return {
		data: {
			view: fenxi,
			arrows: {
				note: words.note,
				description: words.describe(county),
				drawing: placeArrows(fenxi, locator, words.arrows)
			}
		},
		text: {
			captions: [words.note],
			table: table(common, words.tableCaption, words.columns, [
				[words.directions.south, words.arrows.south],
				[words.directions.west, words.arrows.west]
			])
		}
	};
}

/**
 * The maps of a page converted to another edition's script, drawn again for it: its own
 * labels (placed for its names), and the arrows placed for their converted words.
 */
export function placeMapsFor(
	lang: EditionId,
	locator: Locator,
	maps: { opening: OpeningMapData; city: CityMapData }
): { opening: OpeningMapData; city: CityMapData } {
	const word = (id: string) => {
		const found = maps.city.arrows.drawing.words.find((w) => w.id === id);
		if (!found) throw new Error(`chart city-map: no word for the arrow "${id}"`);
		return found.text;
	};
	const fenxi = views(locator, lang).fenxi;
	return {
		opening: { ...maps.opening, views: views(locator, lang) },
		city: {
			view: fenxi,
			arrows: {
				...maps.city.arrows,
				drawing: placeArrows(fenxi, locator, { south: word('south'), west: word('west') })
			}
		}
	};
}
