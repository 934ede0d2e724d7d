import type { Handle } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { editionOfPath } from '$lib/editions';
import { fillIslands } from '$lib/islands/fill';
import { deferAppScript } from '$lib/server/defer-app-script';
import { inlineStyles } from '$lib/server/inline-styles';
import { appendToHead } from '$lib/server/head';
import { fillMapShapes } from '$lib/server/map-shapes';
import { MAP_SVG } from '$lib/map/views';

/** Where the client build is while pages are prerendered: the CSS to inline is read there. */
const CLIENT_ASSETS = '.svelte-kit/output/client/_app/immutable/assets';

const EMBED_ONLY = /<script data-embed-only>[\s\S]*?<\/script>/;

/** The map's shapes, read once: a one-map embed's page carries them (`fillMapShapes`). */
let mapFile: string | undefined;
const mapShapes = () => (mapFile ??= readFileSync(join('static', MAP_SVG), 'utf8'));

/** Each stylesheet read once per build, not once per prerendered page. */
const stylesheets = new Map<string, string>();
const stylesheet = (file: string) => {
	if (!stylesheets.has(file))
		stylesheets.set(file, readFileSync(join(CLIENT_ASSETS, file), 'utf8'));
	return stylesheets.get(file)!;
};

/**
 * `<html lang>` is the edition's: zh-Hans at /, zh-Hant at /zh-hant/, en at /en/. Embeds
 * start stacked (`data-embed-layout`), which needs no script and no help from the parent.
 * Built pages carry their CSS inline, and no modulepreload: the text and its layout come in
 * the first response, and the script is asked for only once the page has been parsed, not
 * alongside it, where it would share a slow connection with the text. The islands the page's
 * load rendered on their own (`locals.islands`) are written into their places. A page asks
 * for its script only once it has painted (`deferAppScript`): nothing on it can be used
 * before it is seen, and the first paint then waits for no script (a page without one says
 * so in `locals.noScript`). A one-map embed's page gets the map's shapes written in, and the
 * tags that describe a page to crawlers (`locals.head`: its card, its structured data).
 */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = editionOfPath(path);
	const embed = /(^|\/)embed\//.test(path) ? ' data-embed-layout="stacked"' : '';
	/** app.html's script for embeds only (their options, WordPress's protocol): elsewhere, none. */
	const own = (html: string) => (embed ? html : html.replace(EMBED_ONLY, ''));
	return resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: ({ html }) => {
			const page = fillMapShapes(
				fillIslands(
					own(html.replace('lang="%lang%"', `lang="${lang}"${embed}`)),
					event.locals.islands ?? {}
				),
				mapShapes
			);
			const described = appendToHead(page, event.locals.head);
			// In development Vite serves the styles itself, and the script as it likes.
			if (!building) return described;
			const inlined = inlineStyles(described, stylesheet);
			return event.locals.noScript ? inlined : deferAppScript(inlined);
		}
	});
};
