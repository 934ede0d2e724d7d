import { resolve } from '$app/paths';
import { editionEntries, editionOf } from '$lib/editions';
import { storyIslandData, storyIslands } from '$lib/server/islands';
import { storyShell } from '$lib/model/slices';
import { chartTitle, oembedUrl, STORY_CHART } from '$lib/server/oembed';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every edition is prerendered, linked or not. */
export const entries: EntryGenerator = editionEntries;

export const load: PageServerLoad = ({ params, url, locals }) => {
	const islands = storyIslandData(editionOf(params.edition), url, { embeds: true });
	locals.islands = storyIslands(islands, 'sticky');
	return {
		...storyShell(islands.page),
		islandData: resolve('/[[edition=edition]]/islands.json', { edition: params.edition }),
		oembed: { href: oembedUrl(url), title: chartTitle(islands.page, STORY_CHART) }
	};
};
