import { render } from 'svelte/server';
import { resolve } from '$app/paths';
import { stepText } from '$lib/charts/types';
import { editionPath } from '$lib/editions';
import { sharedChapter, sharePages } from '$lib/server/share';
import StillGraphic from '$lib/story/StillGraphic.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = sharePages;

/** A picture's page: the images script screenshots it; no script, no reader. */
export const csr = false;

export const load: PageServerLoad = ({ params, url, locals }) => {
	locals.noScript = !csr;
	const { page, chapter, share } = sharedChapter(params, url);
	// Written into the page's `data-island="graphic"`, as an embed's is: the page's own module
	// in the browser's build then imports no chart (scripts/vite/island-chunk.ts).
	locals.islands = {
		graphic: render(StillGraphic, {
			props: {
				page,
				chapter: chapter.id,
				callouts: chapter.callouts,
				// The map's shapes written into the page (server/map-shapes.ts): one file, for a
				// screenshot.
				mapHref: '',
				active: chapter.steps.length - 1,
				story: resolve(editionPath(page.lang))
			}
		}).body
	};
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
