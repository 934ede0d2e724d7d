import { render } from 'svelte/server';
import type { ScrollerLayout } from '$lib/scroller/layout';
import EmbedPanel from '$lib/share/EmbedPanel.svelte';
import type { ChapterShare } from '$lib/share/types';
import ChapterBody from '$lib/story/ChapterBody.svelte';
import type { StoryPage } from '$lib/story/page';

/**
 * The story's islands prerendered on their own, by id, to be written into the page (see
 * `fillIslands`) and woken one by one in the browser (`Story`): each chapter's body, and the
 * embed panel where the page has one. The same components and props the browser hydrates.
 */
export function storyIslands(
	page: StoryPage,
	shares: Record<string, ChapterShare>,
	layout: ScrollerLayout,
	embeds: readonly { url: string; label: string; frameTitle: string }[] = []
): Record<string, string> {
	const islands: Record<string, string> = {};
	for (const chapter of page.chapters) {
		const share = shares[chapter.id];
		if (!share) throw new Error(`islands: no share for chapter "${chapter.id}"`);
		islands[chapter.id] = render(ChapterBody, {
			props: { page, chapter, layout, viewport: null, share }
		}).body;
	}
	if (embeds.length > 0) {
		islands['embed-panel'] = render(EmbedPanel, { props: { embeds, text: page.ui.embed } }).body;
	}
	return islands;
}
