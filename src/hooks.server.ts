import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { editionOfPath } from '$lib/editions';

/** `<html lang>` is the edition's: zh-Hans at /, zh-Hant at /zh-hant/, en at /en/. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = editionOfPath(event.url.pathname.slice(base.length));
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
