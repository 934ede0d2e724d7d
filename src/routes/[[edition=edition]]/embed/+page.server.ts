import { EDITIONS, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.map((e) => ({ edition: e.segment || undefined }));

export const load: PageServerLoad = ({ params }) => editionPage(editionOf(params.edition));
