import { render } from 'svelte/server';
import { resolve } from '$app/paths';
import { editionPath, type EditionId } from '$lib/editions';
import type { ScrollerLayout } from '$lib/scroller/layout';
import EmbedPanel from '$lib/share/EmbedPanel.svelte';
import ChapterBody from '$lib/story/ChapterBody.svelte';
import Masthead from '$lib/story/Masthead.svelte';
import StillGraphic from '$lib/story/StillGraphic.svelte';
import StoryCredits from '$lib/story/StoryCredits.svelte';
import type { CalloutView, GraphicData, StoryIslandData, StoryPage } from '$lib/model/types';
import type { ChapterId } from '$lib/extract/chapters';
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
 * `fillIslands`) and woken one by one in the browser (`Story`): each chapter's body, the
 * credits, and the embed panel where the page has one. The same components and props the
 * browser hydrates.
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
	islands.credits = render(StoryCredits, { props: { page } }).body;
	if (embeds.length > 0) {
		islands['embed-panel'] = render(EmbedPanel, { props: { embeds, text: page.ui.embed } }).body;
	}
	return islands;
}

/**
 * The story page's masthead (the chapter menu, the other editions), prerendered as an island
 * for its `data-island="masthead"`: above the first chapter, none is current.
 */
export const mastheadIsland = (page: StoryPage) => ({
	masthead: render(Masthead, { props: { page, current: null } }).body
});

/**
 * A chapter's graphic in its final state (the chapter read to its last step), as a page of
 * its own draws it: a one-chart embed, a long image. Its props, which a page that wakes it
 * passes on, and the graphic rendered on its own for the page's `data-island="graphic"`: the
 * page's own module in the browser's build then imports no chart (scripts/vite/island-chunk.ts).
 * The map's shapes are written into the page (server/map-shapes.ts), not linked: a sandboxed
 * frame would draw nothing from the file, and a screenshot wants one file.
 */
export function stillGraphicIsland(
	page: GraphicData,
	chapter: { id: ChapterId; steps: readonly unknown[] },
	callouts: readonly CalloutView[] = []
) {
	const graphic = {
		page,
		chapter: chapter.id,
		callouts,
		mapHref: '',
		active: chapter.steps.length - 1,
		// The charts' links to their chapters go to the story's page.
		story: resolve(editionPath(page.lang))
	};
	return { graphic, islands: { graphic: render(StillGraphic, { props: graphic }).body } };
}
