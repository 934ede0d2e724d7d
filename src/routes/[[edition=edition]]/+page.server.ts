import { EDITIONS, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { storyIslands } from '$lib/server/islands';
import { chapterShares, embedLinks } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every edition is prerendered, linked or not. */
export const entries: EntryGenerator = () =>
	EDITIONS.map((e) => ({ edition: e.segment || undefined }));

export const load: PageServerLoad = ({ params, url, locals }) => {
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	const shares = chapterShares(page, edition, url);
	const embeds = embedLinks(page, edition, url);
	locals.islands = storyIslands(page, shares, 'sticky', embeds);
	return { ...page, shares, embedLinks: embeds };
};
