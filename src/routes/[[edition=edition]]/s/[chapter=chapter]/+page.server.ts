import { editionOf } from '$lib/editions';
import { stepText } from '$lib/charts/types';
import { editionPage } from '$lib/server/editions';
import { chapterChart, chartTitle, oembedUrl } from '$lib/server/oembed';
import { chapterShares, sharePages } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = sharePages;

/** A crawler's page: no script of ours but the redirect, which is a static file. */
export const csr = false;

export const load: PageServerLoad = ({ params, url, locals }) => {
	locals.noScript = !csr;
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	const chapter = page.chapters.find((c) => c.id === params.chapter)!;
	return {
		lang: page.lang,
		headline: page.title.join(''),
		title: chapter.title,
		description: chapter.steps[0] ? stepText(chapter.steps[0], page.lang) : page.description,
		read: page.ui.share.read,
		chapter: chapter.id,
		share: chapterShares(page, edition, url)[chapter.id]!,
		oembed: { href: oembedUrl(url), title: chartTitle(page, chapterChart(chapter.id)) }
	};
};
