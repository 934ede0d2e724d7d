import type { ChapterId } from '$lib/extract/chapters';
import { figureById } from '$lib/extract/lookup';
import type { StoryFigure } from '$lib/extract/schema';
import { table, type ChartChapter, type ChartPart, type ChartSource } from '../types';

/** An area's one concrete thing as the overview shows it: its words, its amounts marked. */
export interface AnchorView {
	/** Amounts of the extract, a project or policy it names, or a list it gives. */
	kind: 'figure' | 'named' | 'list';
	/** The words in pieces, the amounts among them marked, to be set apart. */
	parts: { text: string; amount: boolean }[];
}

export interface AreaRow {
	chapter: ChapterId;
	number: number;
	/** The area's heading in the edition's words: 聚焦X，Y. */
	first: string;
	second: string;
	anchor: AnchorView;
}

export interface AreasOverviewData {
	/** The overview's heading, such as 八个方面. */
	heading: string;
	/** Joins a heading's halves: ， or “: ”. */
	headingJoin: string;
	rows: AreaRow[];
}

export interface AreasOverviewWords {
	/** The heading, given the article's count of areas (八个). */
	heading: (areas: StoryFigure) => string;
	caption: string;
	tableCaption: string;
	columns: [string, string];
}

/** The article's count of areas (八个方面), which the heading cites. */
const AREAS = 'framework-8';

/**
 * The focus areas, in order, each with its heading and its anchor. Every area must have an
 * anchor (the build fails naming the one without).
 */
export function areasOverview(chapters: readonly ChartChapter[]): AreaRow[] {
	return chapters.flatMap((c) => {
		if (c.number === null) return [];
		if (!c.anchor) throw new Error(`chart: area ${c.number} (${c.id}) has no anchor`);
		if ('text' in c.heading) throw new Error(`chart: area ${c.number} (${c.id}) has no heading`);
		return [{ chapter: c.id, number: c.number, ...c.heading, anchor: c.anchor }];
	});
}

/** The overview's part: its rows, and a table of the areas and their anchors. */
export function buildAreasOverview(
	source: ChartSource<AreasOverviewWords>
): ChartPart<AreasOverviewData> {
	const { words, common } = source;
	const rows = areasOverview(source.chapters);
	const join = common.punctuation.heading;
	return {
		data: {
			heading: words.heading(figureById(source.story, AREAS, `chart ${source.id}`)),
			headingJoin: join,
			rows
		},
		text: {
			captions: [words.caption],
			table: table(
				common,
				words.tableCaption,
				words.columns,
				rows.map((a) => [
					`${a.number} ${a.first}${join}${a.second}`,
					a.anchor.parts.map((p) => p.text).join('')
				])
			)
		}
	};
}
