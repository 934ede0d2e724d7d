import { resolve } from '$app/paths';
import { editionEntries, editionOf } from '$lib/editions';
import { storyIslandData, storyIslands } from '$lib/server/islands';
import { storyShell } from '$lib/model/slices';
import { storyArticle } from '$lib/server/article-data';
import { jsonLdScript, socialTags } from '$lib/server/head';
import { chartTitle, oembedUrl, STORY_CHART } from '$lib/server/oembed';
import { SHARE_IMAGE_SIZE, shareImageUrl } from '$lib/server/share';
import { editionUrl } from '$lib/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every edition is prerendered, linked or not. */
export const entries: EntryGenerator = editionEntries;

export const load: PageServerLoad = ({ params, url, locals }) => {
	const edition = editionOf(params.edition);
	const islands = storyIslandData(edition, url, { embeds: true });
	locals.islands = storyIslands(islands, 'sticky');
	const { page } = islands;
	const headline = page.title.join('');
	locals.head =
		socialTags({
			lang: page.lang,
			title: headline,
			description: page.description,
			url: editionUrl(edition, url),
			image: { url: shareImageUrl(edition, 'story', url), alt: headline, ...SHARE_IMAGE_SIZE },
			alternates: true
		}) + jsonLdScript(storyArticle(page, edition, url));
	return {
		...storyShell(page),
		islandData: resolve('/[[edition=edition]]/islands.json', { edition: params.edition }),
		oembed: { href: oembedUrl(url), title: chartTitle(page, STORY_CHART) }
	};
};
