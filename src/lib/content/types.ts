import type { PovertyUnits, ProjectTiles } from '$lib/charts/data';
import type { GroupChartSpec } from '$lib/charts/groups';
import type { EditionId } from '$lib/editions';
import type { ChapterId } from '$lib/extract/chapters';
import type { StoryFigure } from '$lib/extract/schema';
import type { ViewId } from '$lib/map/views';
import type { GlossaryEntry } from '$lib/translation/glossary';
import type { ChapterSpec } from '$lib/story/view';

/** What the method note counts, from the extract. */
export interface MethodCounts {
	pinyin: number;
	commas: number;
	widened: number;
	whitespace: number;
	paragraphs: number;
	areas: number;
	/** Figures that are amounts, and numerals that are words of names (`role` in the extract). */
	amounts: number;
	names: number;
	lists: number;
}

export interface PeopleUnitsText {
	population: number;
	perMark: number;
	marks: number;
}

/**
 * Every word of ours a reader of one edition sees: one dictionary per language, each
 * checked against this type, so a missing key fails `npm run check`. Article text never
 * lives here, and neither do numbers: they come from the extract, formatted here.
 */
export interface Content {
	/** BCP 47, as `<html lang>` and `Intl` take it: the edition's id. */
	lang: EditionId;
	/** The switcher's label. */
	languages: string;
	/** Joins a list's items (、), a heading's halves (，) and a label to its value (：). */
	punctuation: { list: string; heading: string; colon: string };
	/** The headline in phrases, so that a line never breaks inside one. */
	title: (year: StoryFigure, eight: StoryFigure) => string[];
	description: (year: StoryFigure, eight: StoryFigure) => string;
	kicker: string;
	dek: (year: StoryFigure) => string;
	/** A credit line, with the name as the extract has it. */
	credit: (role: 'reporter' | 'editor', name: string) => string;
	/** The original article and when it was published. */
	source: (month: StoryFigure, year: StoryFigure) => string;
	skipToStory: string;
	skipToMenu: string;
	menu: string;
	menuLabel: string;
	currentChapter: string;
	/** Read before a focus area's heading: “area n of 8”. */
	areaLabel: (n: number, total: number) => string;
	overviewHeading: (eight: StoryFigure) => string;
	graphicNote: string;
	methodHeading: string;
	method: (c: MethodCounts) => string;
	/** The translation's terms, shown on the English page; null where there is none. */
	glossary: { heading: string; note: string; entries: readonly GlossaryEntry[] } | null;
	/** A chapter's share control, and its share page. */
	share: {
		label: (chapter: string) => string;
		link: string;
		copy: string;
		copied: string;
		/** Where the clipboard is blocked (a cross-origin frame): the field is selected. */
		copyFailed: string;
		system: string;
		weibo: string;
		wechat: string;
		qrAlt: (chapter: string) => string;
		/** The share page's link to the chapter, for a reader whose browser did not redirect. */
		read: string;
	};
	/** The panel of embed snippets. */
	embed: {
		heading: string;
		note: string;
		story: string;
		pym: string;
		iframe: string;
		copy: string;
		/** A frame's title: what a screen reader announces for it. */
		frameTitle: (story: string, what: string) => string;
	};
	downloads: string;
	downloadStory: string;
	downloadFigures: string;
	downloadMap: string;
	map: {
		/** A place's name in this edition, from its Simplified name. */
		placeName: (zh: string) => string;
		describe: Record<ViewId, (highlight: string, others: string[]) => string>;
		townships: (n: number) => string;
		/** Words of the city chapter's text, checked against it at build time. */
		arrows: { south: string; west: string };
		arrowsNote: string;
		describeArrows: (county: string) => string;
		credit: string;
	};
	/** The structure charts: our groups of the article's items, in this edition's words. */
	groupCharts: Partial<Record<ChapterId, GroupChartSpec>>;
	charts: {
		tableLabel: string;
		groups: {
			caption: (shown: string[], total: number) => string;
			count: (n: number) => string;
			tableCaption: string;
			columns: [string, string];
		};
		overview: {
			caption: string;
			tableCaption: string;
			columns: [string, string];
		};
		poverty: {
			captions: (d: PovertyUnits) => [string, string, string];
			tableCaption: string;
			columns: [string, string];
			rows: (d: PovertyUnits) => [string, string | number][];
		};
		projects: {
			/**
			 * The stages of the batch and the pace of the key projects in this edition's words,
			 * checked against the extract's lists and the chapter's text; null for the article's own.
			 */
			words: Pick<ProjectTiles, 'batch' | 'pace'> | null;
			/** The headings of the batch and of the key projects' tiles. */
			headings: (d: ProjectTiles) => [string, string];
			captions: (d: ProjectTiles) => [string, string];
			tableCaption: string;
			columns: [string, string];
			rows: (d: ProjectTiles) => [string, string | number][];
		};
		people: {
			captions: (d: PeopleUnitsText) => [string, string];
			tableCaption: string;
			columns: [string, string];
			rows: (d: PeopleUnitsText) => [string, string | number][];
		};
	};
	chapters: Record<ChapterId, ChapterSpec>;
}
