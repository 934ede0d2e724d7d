import type { EditionId } from '$lib/editions';
import type { ChapterId } from '$lib/extract/chapters';

/**
 * A chapter's long image below the site's root: `scripts/images/long.ts` makes it from the
 * chapter's long-image page. Apart from share.ts, which needs SvelteKit's runtime: the
 * scripts read it too.
 */
export const longImageFile = (edition: EditionId, chapter: ChapterId) =>
	`wechat/${edition}/${chapter}.png`;
