import type { ChartId } from '$lib/charts/ids';
import type { ChapterId } from '$lib/extract/chapters';

/**
 * What the story tells a host page about its reader (README, "Reader events"): no tracker,
 * no identifier, only what was read and used. Each is sent as a `ReaderMessage`; a change
 * that a listener written for this version could misread raises `EVENT_VERSION`.
 */
export const EVENT_SCHEMA = 'fenxi-story-event';
export const EVENT_VERSION = 1;
/** The `CustomEvent` on the page's `window`, and the pym.js message type, that carry them. */
export const EVENT_NAME = 'fenxi-story';

export const DOWNLOADS = ['story.json', 'figures.csv', 'map.json'] as const;

export type ReaderEvent =
	/** A chapter's heading came into view: once a chapter, the first time. */
	| { type: 'chapter-entered'; chapter: ChapterId }
	/** At least half of a chart came into view, on the stage: once a chart, the first time. */
	| { type: 'chart-seen'; chart: ChartId }
	/** A chapter's share control was used: the system's share sheet, Weibo's page, its long image. */
	| { type: 'share-used'; chapter: ChapterId; method: 'system' | 'weibo' | 'long-image' }
	/** A copy button was pressed: a chapter's link, or the embed panel's code. */
	| { type: 'copy-used'; what: 'share-link'; chapter: ChapterId }
	| { type: 'copy-used'; what: 'embed-code' }
	/** One of the data files was downloaded. */
	| { type: 'data-downloaded'; file: (typeof DOWNLOADS)[number] };

export type ReaderMessage = ReaderEvent & {
	schema: typeof EVENT_SCHEMA;
	version: typeof EVENT_VERSION;
	/** The edition's language: zh-Hans, zh-Hant or en. */
	lang: string;
};

/** The message for an event on a page in `lang`. */
export function readerMessage(event: ReaderEvent, lang: string): ReaderMessage {
	return { schema: EVENT_SCHEMA, version: EVENT_VERSION, lang, ...event };
}
