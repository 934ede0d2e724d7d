import { json } from '@sveltejs/kit';
import { editionEntries, editionOf } from '$lib/editions';
import { storyIslandData } from '$lib/server/islands';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = editionEntries;

/**
 * What the story page's islands wake with (`Story` fetches it once the page is up): out of
 * the page, which would carry every chapter's words a second time, for hydration.
 */
export const GET: RequestHandler = ({ params, url }) =>
	json(storyIslandData(editionOf(params.edition), url, { embeds: true }));
