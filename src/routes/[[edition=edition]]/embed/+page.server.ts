import { resolve } from '$app/paths';
import { editionEntries, editionOf } from '$lib/editions';
import { storyIslandData, storyIslands } from '$lib/server/islands';
import { storyShell } from '$lib/model/slices';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

export const load: PageServerLoad = ({ params, url, locals }) => {
	const islands = storyIslandData(editionOf(params.edition), url, { embeds: false });
	// Stacked, as the embed starts: no script and no help from the parent needed.
	locals.islands = storyIslands(islands, 'stacked');
	return {
		...storyShell(islands.page),
		islandData: resolve('/[[edition=edition]]/embed/islands.json', { edition: params.edition })
	};
};
