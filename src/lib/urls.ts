import { resolve } from '$app/paths';
import { editionPath, type EditionId } from './editions';

/**
 * An edition's absolute URL under the site's base path, for canonical and alternate links.
 * Paths are resolved relative to the page being rendered (prerendered paths are relative),
 * so `here` is that page's URL.
 */
export function editionUrl(id: EditionId, here: URL): string {
	return new URL(resolve(editionPath(id)), here).href;
}
