import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { editionOfPath } from '$lib/editions';

/**
 * `<html lang>` is the edition's: zh-Hans at /, zh-Hant at /zh-hant/, en at /en/. Embeds
 * start stacked (`data-embed-layout`), which needs no script and no help from the parent.
 */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = editionOfPath(path);
	const embed = /(^|\/)embed\//.test(path) ? ' data-embed-layout="stacked"' : '';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('lang="%lang%"', `lang="${lang}"${embed}`)
	});
};
