import { EDITIONS, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { storyIslands } from '$lib/server/islands';
import { chapterShares } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.map((e) => ({ edition: e.segment || undefined }));

export const load: PageServerLoad = ({ params, url, locals }) => {
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	const shares = chapterShares(page, edition, url);
	// Stacked, as the embed starts: no script and no help from the parent needed.
	locals.islands = storyIslands(page, shares, 'stacked');
	return { ...page, shares };
};
