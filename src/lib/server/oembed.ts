import { chartsOf, CHARTS, type ChartId } from '$lib/charts/registry';
import type { EditionId } from '$lib/editions';
import { FRAME_HEIGHT, iframeSnippet } from '$lib/embed/snippets';
import type { ChapterId } from '$lib/extract/chapters';
import type { StoryPage } from '$lib/model/types';
import { editionUrl } from '$lib/urls';
import { embedUrl, SHARE_IMAGE_SIZE, shareImageUrl } from './share';

/**
 * oEmbed (https://oembed.com): each story page, share page and chart embed names a static
 * JSON file beside it (`<link rel="alternate" type="application/json+oembed">`), which
 * WordPress, Ghost and other consumers discover from a pasted link. The answer is a chart
 * embed's iframe: the story page offers its overview of the eight areas (the whole story
 * would not fit the 1,000 pixels WordPress gives a frame), a chapter's share page its
 * chapter's first chart, a chart embed itself.
 */
export const OEMBED_FILE = 'oembed.json';

/** The answer's fields (oEmbed 1.0, type rich). */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	cache_age: number;
}

/** The width the answer says its frame wants; the frame itself is as wide as its column. */
const FRAME_WIDTH = 640;
/** A day: the story is published once; a consumer may ask again the next day. */
const CACHE_AGE = 86_400;

/** What the story page offers: its overview of the eight areas. */
export const STORY_CHART: ChartId = 'areas-overview';

/** What a chapter's share page offers: the chapter's first chart. */
export function chapterChart(chapter: ChapterId): ChartId {
	const chart = chartsOf(chapter, 'graphic')[0] ?? chartsOf(chapter, 'after')[0];
	if (!chart) throw new Error(`oembed: the chapter ${chapter} has no chart to offer`);
	return chart;
}

/** The oEmbed file beside the page at `here`. */
export const oembedUrl = (here: URL) => new URL(OEMBED_FILE, here).href;

/** The title a chart's embed has: its chapter's, then the story's. */
export function chartTitle(page: StoryPage, chart: ChartId): string {
	const chapter = page.chapters.find((c) => c.id === CHARTS[chart].chapter)!;
	return `${chapter.title} · ${page.title.join('')}`;
}

/** The answer that embeds `chart` of `page` (in `edition`), resolved against `here`. */
export function oembed(page: StoryPage, edition: EditionId, chart: ChartId, here: URL): OEmbed {
	const embed = page.embeds.find((e) => e.chart === chart);
	if (!embed) throw new Error(`oembed: the page offers no embed of ${chart}`);
	const chapter = CHARTS[chart].chapter;
	return {
		version: '1.0',
		type: 'rich',
		title: chartTitle(page, chart),
		provider_name: page.provider,
		provider_url: editionUrl(edition, here),
		html: iframeSnippet(embedUrl(edition, chart, here), embed.frameTitle, FRAME_HEIGHT),
		width: FRAME_WIDTH,
		height: FRAME_HEIGHT,
		thumbnail_url: shareImageUrl(edition, chapter, here),
		thumbnail_width: SHARE_IMAGE_SIZE.width,
		thumbnail_height: SHARE_IMAGE_SIZE.height,
		cache_age: CACHE_AGE
	};
}
