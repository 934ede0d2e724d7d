import { json } from '@sveltejs/kit';
import type { ChartId } from '$lib/charts/registry';
import { editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { oembed } from '$lib/server/oembed';
import { chartEmbedPages } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chartEmbedPages;

/** A chart embed's oEmbed answer: itself. */
export const GET: RequestHandler = ({ params, url }) => {
	const edition = editionOf(params.edition);
	return json(oembed(editionPage(edition), edition, params.chart as ChartId, url));
};
