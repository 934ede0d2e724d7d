import type { Theme } from '$lib/embed/options';
import type { ChartWordsById } from '$lib/charts/registry';
import type { GroupWords } from '$lib/charts/GroupChart/data';
import type { EditionId } from '$lib/editions';
import type { ChapterId } from '$lib/extract/chapters';
import type { StoryFigure } from '$lib/extract/schema';
import type { GlossaryEntry } from '$lib/translation/glossary';

/**
 * How a chapter's graphic cites the extract: our words around its numbers, never the
 * numbers. The number always comes from the Simplified extract; an edition in another
 * language gives the words it shows (`unit`, `items`, `gloss`), checked against its text.
 */
export type CalloutSpec =
	/**
	 * An amount of the extract, by id; `unit` replaces the article's measure word. A numeral
	 * that is part of a name (“1133”, 三大攻坚战) is no amount: it is cited as `words`.
	 */
	| { kind: 'figure'; figure: string; label: string; unit?: string }
	/** A list of the extract, found by one of its items; the number is how many items it has. */
	| { kind: 'list'; item: string; unit: string; label: string; items?: readonly string[] }
	/** How often a phrase stands in the chapter's text; `gloss` renders it, as often. */
	| { kind: 'phrase'; phrase: string; unit: string; label: string; gloss?: string }
	/**
	 * One amount as a share of another, with the arithmetic shown; the label is given both,
	 * as the edition writes them, so that it can say what the share is of.
	 */
	| {
			kind: 'ratio';
			numerator: string;
			denominator: string;
			label: (numerator: string, denominator: string) => string;
	  }
	/** Words quoted from the chapter's text (the edition's), found there verbatim: a quote. */
	| { kind: 'excerpt'; text: string; label: string }
	/**
	 * Words of the chapter's text set large in place of a number: a name (“1133”发展战略,
	 * 三大攻坚战) or the items of a list; under them, the items of the list with `item`, in the
	 * edition's words (`items`), where they say what the name stands for.
	 */
	| {
			kind: 'words';
			text: string;
			label: string;
			list?: { item: string; items?: readonly string[] };
	  };

/**
 * A focus area's one concrete thing, quoted from its text for the overview of the eight
 * areas: the amounts it states, a project or policy it names, or a list it gives.
 */
export type AnchorSpec =
	/** Words around amounts of the extract, given each as the edition writes it (211户, 211). */
	| { kind: 'figure'; figures: readonly string[]; text: (written: readonly string[]) => string }
	| { kind: 'named' | 'list'; text: string };

export interface ChapterSpec {
	/** The chapter's heading where the article gives none; without one, its first sentence. */
	heading?: string;
	/** The name in the chapter menu, where the article's heading does not serve. */
	menu?: string;
	callouts: CalloutSpec[];
	/** A focus area's anchor in the overview (every area has one). */
	anchor?: AnchorSpec;
}

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
		/** The link to the chapter's long image, for WeChat official-account articles. */
		longImage: string;
		/** Under the long image's QR code: what scanning it does. */
		scanToRead: string;
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
		/** The embed options the panel writes into its code ($lib/embed/options). */
		options: {
			legend: string;
			theme: string;
			themes: Record<Theme, string>;
			plain: string;
			transparent: string;
		};
		/** Who provides the embeds, as an oEmbed answer names them (`provider_name`). */
		provider: string;
	};
	downloads: string;
	downloadStory: string;
	downloadFigures: string;
	downloadMap: string;
	map: {
		/** A place's name in this edition, from its Simplified name. */
		placeName: (zh: string) => string;
		credit: string;
	};
	/**
	 * The charts' words: those they share, and each chart's by its id (`CHARTS`): its
	 * captions and table, and for a structure chart our groups of the article's items.
	 */
	charts: ChartWordsById & {
		/** A data table's disclosure, such as 数据表. */
		tableLabel: string;
		/** Beside it, the links to the chart as an image (PNG, SVG). */
		imageLabel: string;
		/** The structure charts' shared words. */
		groups: GroupWords;
	};
	chapters: Record<ChapterId, ChapterSpec>;
}
