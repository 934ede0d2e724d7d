import type { Handle } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { editionOfPath } from '$lib/editions';
import { fillIslands } from '$lib/islands/fill';
import { deferAppScript } from '$lib/server/defer-app-script';
import { appStylesheet, inlineStylesheet } from '$lib/server/inline-styles';
import { appendToHead } from '$lib/server/head';
import { fillMapShapes } from '$lib/server/map-shapes';
import { MAP_SVG } from '$lib/map/views';

/** The browser's build, finished while pages are prerendered: its stylesheet is inlined. */
const CLIENT = '.svelte-kit/output/client';

const EMBED_ONLY = /<script data-embed-only>[\s\S]*?<\/script>/;

/** The map's shapes, read once: a one-map embed's page carries them (`fillMapShapes`). */
let mapFile: string | undefined;
const mapShapes = () => (mapFile ??= readFileSync(join('static', MAP_SVG), 'utf8'));

/** The app's stylesheet, read once per build, not once per prerendered page. */
let styles: { file: string; css: string } | undefined;
const stylesheet = () => {
	if (!styles) {
		const file = appStylesheet(
			JSON.parse(readFileSync(join(CLIENT, '.vite/manifest.json'), 'utf8'))
		);
		styles = { file, css: readFileSync(join(CLIENT, file), 'utf8') };
	}
	return styles;
};

/**
 * `<html lang>` is the edition's: zh-Hans at /, zh-Hant at /zh-hant/, en at /en/. Embeds
 * start stacked (`data-embed-layout`), which needs no script and no help from the parent.
 * Built pages carry the app's CSS inline, and no modulepreload: the text and its layout come in
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
			const { file, css } = stylesheet();
			const inlined = inlineStylesheet(described, file, css);
			return event.locals.noScript ? inlined : deferAppScript(inlined);
		}
	});
};
