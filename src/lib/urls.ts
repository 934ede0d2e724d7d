import { asset, resolve } from '$app/paths';
import { editionPath, type EditionId } from './editions';
import { MAP_SVG } from './map/views';

/**
 * An edition's absolute URL under the site's base path, for canonical and alternate links.
 * Paths are resolved relative to the page being rendered (prerendered paths are relative),
 * so `here` is that page's URL.
 */
export function editionUrl(id: EditionId, here: URL): string {
	return new URL(resolve(editionPath(id)), here).href;
}

/**
 * `target` as a path relative to the folder of `here` (`./map/locator.svg` from `/`,
 * `../map/locator.svg` from `/en/` or from `/en/islands.json` beside it). What the page is
 * prerendered with and what its script is given must be the same string: a browser that
 * is handed another spelling of the same file asks for it again.
 */
export function relativeTo(here: URL, target: URL): string {
	if (target.origin !== here.origin) {
		throw new Error(`urls: ${target.href} is on another origin than ${here.href}`);
	}
	const from = here.pathname.split('/').slice(1, -1);
	const to = target.pathname.split('/').slice(1);
	let shared = 0;
	while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
	const up = from.length - shared;
	return `${up === 0 ? './' : '../'.repeat(up)}${to.slice(shared).join('/')}${target.search}${target.hash}`;
}

/** The map's file relative to `here`: the page, or a file beside it, which resolve alike. */
export function resolveMapHref(here: URL): string {
	return relativeTo(here, new URL(asset(MAP_SVG), here));
}
