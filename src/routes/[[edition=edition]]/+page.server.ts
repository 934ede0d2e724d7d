import { EDITIONS, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { chapterShares, embedLinks } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every edition is prerendered, linked or not. */
export const entries: EntryGenerator = () =>
	EDITIONS.map((e) => ({ edition: e.segment || undefined }));

export const load: PageServerLoad = ({ params, url }) => {
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	return {
		...page,
		shares: chapterShares(page, edition, url),
		embedLinks: embedLinks(page, edition, url)
	};
};
