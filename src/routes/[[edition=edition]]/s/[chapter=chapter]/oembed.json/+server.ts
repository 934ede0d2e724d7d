import { json } from '@sveltejs/kit';
import { editionOf } from '$lib/editions';
import type { ChapterId } from '$lib/extract/chapters';
import { editionPage } from '$lib/server/editions';
import { chapterChart, oembed } from '$lib/server/oembed';
import { sharePages } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = sharePages;

/** A chapter's share page's oEmbed answer: the chapter's first chart. */
export const GET: RequestHandler = ({ params, url }) => {
	const edition = editionOf(params.edition);
	const chart = chapterChart(params.chapter as ChapterId);
	return json(oembed(editionPage(edition), edition, chart, url));
};
