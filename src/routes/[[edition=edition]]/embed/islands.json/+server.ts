import { json } from '@sveltejs/kit';
import { editionEntries, editionOf } from '$lib/editions';
import { storyIslandData } from '$lib/server/islands';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = editionEntries;

/** What the embedded story's islands wake with: as the story page's, without the embed panel. */
export const GET: RequestHandler = ({ params, url }) =>
	json(storyIslandData(editionOf(params.edition), url, { embeds: false }));
