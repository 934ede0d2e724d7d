import type { Component } from 'svelte';
import type { EditionId } from '$lib/editions';
import type { ChapterId } from '$lib/extract/chapters';
import type { Story } from '$lib/extract/schema';
import type { Locator } from '$lib/map/views';
import type { AnchorView } from './AreasOverview/data';
import type { GroupWords } from './GroupChart/data';
import type { ChartId } from './ids';

/** A chart's data table: its text alternative, and its fallback if the chart fails. */
export interface TableData {
	/** The disclosure's label, such as 数据表. */
	label: string;
	caption: string;
	columns: string[];
	rows: (string | number)[][];
	/** The chart as an image to download beside its table (`charts/images.ts`), or none. */
	image?: ChartImage;
}

/** A chart's image files, with the words that offer them. */
export interface ChartImage {
	/** Such as 下载图片. */
	label: string;
	edition: EditionId;
	chart: ChartId;
}

/** A chart's words on the page: what each of its states shows, and its data table. */
export interface ChartText {
	/** One sentence a state, at the state's index. */
	captions: string[];
	table: TableData;
}

/** What a page carries of one chart, made where the page is built: its data and its words. */
export interface ChartPart<Data> {
	data: Data;
	text: ChartText;
}

/**
 * A chart's chapter as the page model has it: the part of a chapter a chart may read. The
 * model's chapters are these and more.
 */
export interface ChartChapter {
	id: ChapterId;
	/** 1–8 for the focus areas. */
	number: number | null;
	heading: { first: string; second: string } | { text: string };
	steps: readonly { parts: readonly string[] }[];
	/** The step that states each figure of the chapter, by figure id. */
	figureSteps: Readonly<Record<string, number>>;
	/** A focus area's one concrete thing, for the overview of the areas. */
	anchor: AnchorView | null;
}

/**
 * A step's text, from the parts its cards hold (`model/cards.ts`, which splits it): a step is
 * carried once, in its parts.
 */
export const stepText = (step: { readonly parts: readonly string[] }, lang: string): string =>
	step.parts.join(lang.startsWith('zh') ? '' : ' ');

/** The edition's words every chart may use. */
export interface CommonChartWords {
	/** A data table's disclosure, such as 数据表. */
	tableLabel: string;
	/** Joins a list's items (、) and a heading's halves (，). */
	punctuation: { list: string; heading: string };
	/** A place's name in the edition, from its Simplified name. */
	placeName: (zh: string) => string;
	/** The words of the structure charts: their captions, counts and tables. */
	groups: GroupWords;
}

/** What a chart is built from, where the page is built, in one edition. */
export interface ChartSource<Words> {
	/** The chart's id, for errors that name it. */
	id: string;
	lang: EditionId;
	story: Story;
	/** The chart's chapter, and every chapter (an overview reads them all). */
	chapter: ChartChapter;
	chapters: readonly ChartChapter[];
	/** The map's projection, frames and labels (`npm run geo`). */
	locator: Locator;
	/** This chart's words in the edition (the content dictionary's, by the chart's id). */
	words: Words;
	common: CommonChartWords;
}

/** Where a chart is drawn. */
export interface ChartPlace {
	/** The map's file, relative to the page (see `resolveMapHref`). */
	mapHref: string;
	/** It never moves to another state (a stacked step, a one-chart embed): draw only this one. */
	still: boolean;
	/** In an auto-height frame (an embed): no size may follow the viewport, which is the frame. */
	framed: boolean;
	/** The story's page, when this is not it (an embed): links to its chapters go there. */
	story: string | null;
	/**
	 * Its data table and image links are here. Not in a stacked step's graphic before its
	 * chapter's last, which holds them: the same table at every step was read out again and
	 * again, and each was more for the page to parse, hydrate and lay out.
	 */
	tables: boolean;
}

/** The data table a chart shows where it stands: its own, or none (`ChartPlace.tables`). */
export const placedTable = (table: TableData, place: ChartPlace): TableData | null =>
	place.tables ? table : null;

/** What every chart's component takes. */
export interface ChartProps<Data> {
	/** The chart's id (`data-chart`, for tests, embeds and share cards). */
	id: string;
	part: ChartPart<Data>;
	/** Its state: its entry's `state` at the chapter's active step (the last, prerendered). */
	state: number;
	/** Move into the state, as the reader arrives step by step; false: cut (after a jump). */
	animate: boolean;
	place: ChartPlace;
}

/** One chart of the story: where it stands, how it is built, how it moves, what draws it. */
export interface ChartEntry<Data, Words> {
	chapter: ChapterId;
	/** In the chapter's sticky graphic, or after its steps (the overview of the areas). */
	position: 'graphic' | 'after';
	/** Its data and words, from the extract and the page's chapters. At build time only. */
	build: (source: ChartSource<Words>) => ChartPart<Data>;
	/** Its state at the chapter's active step (-1 before the first). */
	state: (data: Data, active: number) => number;
	component: Component<ChartProps<Data>>;
}

/** An entry, typed by its parts: so that its build, state and component agree. */
export const chart = <Data, Words>(entry: ChartEntry<Data, Words>) => entry;

/** A table in the edition's shared words. */
export const table = (
	common: CommonChartWords,
	caption: string,
	columns: string[],
	rows: (string | number)[][]
): TableData => ({ label: common.tableLabel, caption, columns, rows });
