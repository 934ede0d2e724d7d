import { resolve } from '$app/paths';
import { editionEntries, editionOf } from '$lib/editions';
import { storyIslandData, storyIslands } from '$lib/server/islands';
import { storyShell } from '$lib/model/slices';
import { firstPaintWaits } from '$lib/scroller/layout';
import { documentTags } from '$lib/server/head';
import { editionUrl } from '$lib/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionEntries;

export const load: PageServerLoad = ({ params, url, locals }) => {
	const edition = editionOf(params.edition);
	const islands = storyIslandData(edition, url, { embeds: false });
	// Stacked, as the embed starts: no script and no help from the parent needed.
	locals.islands = storyIslands(islands, 'stacked');
	locals.head = documentTags({
		title: islands.page.title.join(''),
		robots: 'noindex',
		canonical: editionUrl(edition, url),
		expect: firstPaintWaits(
			'stacked',
			islands.page.chapters.map(({ id }) => id)
		)
	});
	return {
		...storyShell(islands.page),
		islandData: resolve('/[[edition=edition]]/embed/islands.json', { edition: params.edition })
	};
};
