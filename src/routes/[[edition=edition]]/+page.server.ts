import { resolve } from '$app/paths';
import { EDITIONS, editionEntries, editionOf } from '$lib/editions';
import { mastheadIsland, storyIslandData, storyIslands } from '$lib/server/islands';
import { storyShell } from '$lib/model/slices';
import { storyArticle } from '$lib/server/article-data';
import { firstPaintWaits } from '$lib/scroller/layout';
import { documentTags, jsonLdScript, socialTags } from '$lib/server/head';
import { chartTitle, oembedUrl, STORY_CHART } from '$lib/server/oembed';
import { SHARE_IMAGE_SIZE, shareImageUrl } from '$lib/server/share';
import { editionUrl } from '$lib/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every edition is prerendered, linked or not. */
export const entries: EntryGenerator = editionEntries;

export const load: PageServerLoad = ({ params, url: here, locals }) => {
	const edition = editionOf(params.edition);
	const islands = storyIslandData(edition, here, { embeds: true });
	const { page } = islands;
	locals.islands = { ...storyIslands(islands, 'sticky'), ...mastheadIsland(page) };
	const headline = page.title.join('');
	const url = editionUrl(edition, here);
	locals.head =
		documentTags({
			title: headline,
			description: page.description,
			canonical: url,
			alternates: [
				...EDITIONS.map((e) => ({ hreflang: e.id, href: editionUrl(e.id, here) })),
				{ hreflang: 'x-default', href: editionUrl('zh-Hans', here) }
			],
			oembed: { href: oembedUrl(here), title: chartTitle(page, STORY_CHART) },
			expect: firstPaintWaits(
				'sticky',
				page.chapters.map(({ id }) => id)
			)
		}) +
		socialTags({
			lang: page.lang,
			title: headline,
			description: page.description,
			url,
			image: { url: shareImageUrl(edition, 'story', here), alt: headline, ...SHARE_IMAGE_SIZE },
			alternates: true
		}) +
		jsonLdScript(storyArticle(page, edition, here));
	return {
		...storyShell(page),
		islandData: resolve('/[[edition=edition]]/islands.json', { edition: params.edition })
	};
};
