import { json } from '@sveltejs/kit';
import { editionEntries, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { oembed, STORY_CHART } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = editionEntries;

/** The story page's oEmbed answer: its overview of the eight areas. */
export const GET: RequestHandler = ({ params, url }) => {
	const edition = editionOf(params.edition);
	return json(oembed(editionPage(edition), edition, STORY_CHART, url));
};
