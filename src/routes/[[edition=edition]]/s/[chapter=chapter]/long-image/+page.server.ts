import { stepText } from '$lib/charts/types';
import { stillGraphicIsland } from '$lib/server/islands';
import { sharedChapter, sharePages } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = sharePages;

/** A picture's page: the images script screenshots it; no script, no reader. */
export const csr = false;

export const load: PageServerLoad = ({ params, url, locals }) => {
	locals.noScript = !csr;
	const { page, chapter, share } = sharedChapter(params, url);
	locals.islands = stillGraphicIsland(page, chapter, chapter.callouts).islands;
	return {
		lang: page.lang,
		headline: page.title.join(''),
		chapter: {
			id: chapter.id,
			title: chapter.title,
			areaLabel: chapter.areaLabel,
			hasCallouts: chapter.callouts.length > 0
		},
		steps: chapter.steps.map((step) => stepText(step, page.lang)),
		ui: {
			graphicNote: page.ui.graphicNote,
			source: page.ui.source,
			scanToRead: page.ui.share.scanToRead,
			qrAlt: chapter.share.qrAlt
		},
		share: { url: share.url, qr: share.qr }
	};
};
