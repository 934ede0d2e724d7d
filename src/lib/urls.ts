import { resolve } from '$app/paths';
import { editionPath, type EditionId } from './editions';

/** An edition's absolute URL under the site's base path: for canonical and alternate links. */
export function editionUrl(id: EditionId, origin: string): string {
	return new URL(resolve(editionPath(id)), origin).href;
}
