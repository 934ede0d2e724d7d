import { render } from 'svelte/server';
import type { EditionId } from '$lib/editions';
import type { ScrollerLayout } from '$lib/scroller/layout';
import EmbedPanel from '$lib/share/EmbedPanel.svelte';
import ChapterBody from '$lib/story/ChapterBody.svelte';
import type { StoryIslandData } from '$lib/model/types';
import { resolveMapHref } from '$lib/urls';
import { editionPage } from './editions';
import { chapterShares, embedLinks } from './share';

/**
 * What an edition's story islands wake with, the links resolved against `here` (the page, or
 * its islands' data beside it, which resolve alike); with the embed panel's entries on the
 * story page, none in an embed.
 */
export function storyIslandData(
	edition: EditionId,
	here: URL,
	{ embeds }: { embeds: boolean }
): StoryIslandData {
	const page = editionPage(edition);
	return {
		page,
		shares: chapterShares(page, edition, here),
		embeds: embeds ? embedLinks(page, edition, here) : [],
		mapHref: resolveMapHref(here)
	};
}

/**
 * The story's islands prerendered on their own, by id, to be written into the page (see
 * `fillIslands`) and woken one by one in the browser (`Story`): each chapter's body, and the
 * embed panel where the page has one. The same components and props the browser hydrates.
 */
export function storyIslands(
	{ page, shares, embeds, mapHref }: StoryIslandData,
	layout: ScrollerLayout
): Record<string, string> {
	const islands: Record<string, string> = {};
	for (const chapter of page.chapters) {
		const share = shares[chapter.id];
		if (!share) throw new Error(`islands: no share for chapter "${chapter.id}"`);
		islands[chapter.id] = render(ChapterBody, {
			props: { page, chapter, layout, viewport: null, share, mapHref }
		}).body;
	}
	if (embeds.length > 0) {
		islands['embed-panel'] = render(EmbedPanel, { props: { embeds, text: page.ui.embed } }).body;
	}
	return islands;
}
