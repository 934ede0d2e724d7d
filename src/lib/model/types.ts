import type { AnchorView } from '$lib/charts/AreasOverview/data';
import type { ChartId, ChartParts } from '$lib/charts/registry';
import type { CalloutSpec, Content } from '$lib/content/types';
import type { EditionId } from '$lib/editions';
import type { ChapterId } from '$lib/extract/chapters';
import type { DisplayNumber } from '$lib/format';

/** The page model: what the server builds for a page from the extract, our words and the map. */

export interface StepView {
	id: string;
	/**
	 * The step's text, in the cards a phone shows it in (one, unless the step is long):
	 * `stepText` joins them.
	 */
	parts: string[];
	/** The step opens a paragraph of the article. */
	paragraphStart: boolean;
}

export interface CalloutView {
	key: string;
	kind: CalloutSpec['kind'];
	/** The extract figure the number comes from (`data-figure`), or null for derived numbers. */
	figure: string | null;
	/** The number, or null where words stand in its place. */
	display: DisplayNumber | null;
	/** The words set in place of a number (a quote, a name), or null. */
	words: string | null;
	unit: string;
	label: string;
	/** The listed items, or the arithmetic of a derived number. */
	detail: string | null;
	/** Index of the step whose arrival reveals the callout. */
	step: number;
	/** The step text says the same, so assistive technology can skip the callout. */
	redundant: boolean;
	/** An amount counts up when it arrives; a date or words only fade in. */
	countUp: boolean;
}

export interface ChapterView {
	id: ChapterId;
	/** 1–8 for the focus areas. */
	number: number | null;
	heading: { first: string; second: string } | { text: string };
	menu: string;
	steps: StepView[];
	callouts: CalloutView[];
	/** The step that states each figure of the chapter, by figure id: when a chart shows it. */
	figureSteps: Record<string, number>;
	/** A focus area's anchor, or null. */
	anchor: AnchorView | null;
}

/** Everything one edition of the story page shows, built at prerender time. */
export interface StoryPage {
	lang: EditionId;
	title: string[];
	description: string;
	/** Who provides the embeds (an oEmbed answer's `provider_name`). */
	provider: string;
	/** When the article the story is built from was published. */
	original: { year: number; month: number };
	ui: {
		kicker: string;
		dek: string;
		byline: string | null;
		credits: string[];
		source: string;
		skipToStory: string;
		skipToMenu: string;
		menu: { menu: string; navigation: string; current: string };
		languages: string;
		colon: string;
		headingJoin: string;
		graphicNote: string;
		methodHeading: string;
		method: string;
		downloads: { label: string; story: string; figures: string; map: string };
		share: Omit<Content['share'], 'label' | 'qrAlt'>;
		/** The embed panel's words, with the copy control's. */
		embed: Omit<Content['embed'], 'frameTitle' | 'provider'> &
			Pick<Content['share'], 'copied' | 'copyFailed'>;
	};
	/** What can be embedded: the story and each chart, with the frame's title. */
	embeds: { chart: ChartId | null; label: string; frameTitle: string }[];
	glossary: Content['glossary'];
	chapters: (ChapterView & {
		areaLabel: string | null;
		/** The chapter's name as a sentence: the share page's title, and share labels. */
		title: string;
		share: { label: string; qrAlt: string };
	})[];
	map: {
		/** Where the map's shapes come from. */
		credit: string;
	};
	/** Each chart's part, by its id (`CHARTS`): its data, captions and table. */
	charts: ChartParts;
}

/**
 * What the page around the islands shows (the headline, each chapter's heading, the skip
 * links), and no more: the page carries it a second time, for hydration. The chapters'
 * bodies, where most of the words and every graphic are, the masthead and the credits are
 * islands: the browser fetches their data (`StoryIslandData`) from a file beside the page.
 */
export interface StoryShell {
	title: string[];
	ui: Pick<
		StoryPage['ui'],
		'kicker' | 'dek' | 'byline' | 'skipToStory' | 'skipToMenu' | 'headingJoin'
	>;
	chapters: Pick<StoryPage['chapters'][number], 'id' | 'number' | 'areaLabel' | 'heading'>[];
}

/** What the story's islands wake with: the whole page, how each chapter is shared, what can be embedded. */
export interface StoryIslandData {
	page: StoryPage;
	shares: Record<string, ChapterShare>;
	embeds: EmbedLink[];
	/** The map's file, relative to the page (see `relativeTo`). */
	mapHref: string;
}

/**
 * What a chapter's graphic is drawn from (`ChapterGraphic`): the story's whole page, or only
 * the part one chart needs (`oneChart`), so that a one-chart embed carries no more.
 */
export interface GraphicData {
	lang: EditionId;
	ui: Pick<StoryPage['ui'], 'graphicNote'>;
	charts: Partial<ChartParts>;
}

/** What every drawing of a chapter's graphic is given: the story's, an embed's, a long image's. */
export interface GraphicProps {
	page: GraphicData;
	chapter: ChapterId;
	/** The chapter's callouts; none in a one-chart embed. */
	callouts?: readonly CalloutView[];
	/** The map's file, relative to the page ('' where the page carries the shapes). */
	mapHref: string;
	/** The active step; -1 before the first. */
	active: number;
}

/** How one chapter is shared: made on the server, with absolute URLs. */
export interface ChapterShare {
	/** The chapter's share page: the link readers share (it has its own card). */
	url: string;
	/** Its QR code (an SVG made at build time), below the base path. */
	qr: string;
	/** The card image, 1200x630. */
	image: string;
	/** The chapter's long image for WeChat articles (1080 px wide), below the base path. */
	longImage: string;
	weibo: string;
}

/** What the embed panel offers: the story or one chart, its absolute URL and its frame's title. */
export interface EmbedLink {
	url: string;
	label: string;
	frameTitle: string;
}
