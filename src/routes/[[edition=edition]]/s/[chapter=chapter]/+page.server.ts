import { editionOf } from '$lib/editions';
import { stepText } from '$lib/charts/types';
import { editionPage } from '$lib/server/editions';
import { socialTags } from '$lib/server/head';
import { chapterChart, chartTitle, oembedUrl } from '$lib/server/oembed';
import { chapterShares, SHARE_IMAGE_SIZE, sharePages } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = sharePages;

/** A crawler's page: no script of ours but the redirect, which is a static file. */
export const csr = false;

export const load: PageServerLoad = ({ params, url, locals }) => {
	locals.noScript = !csr;
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	const chapter = page.chapters.find((c) => c.id === params.chapter)!;
	const share = chapterShares(page, edition, url)[chapter.id]!;
	const description = chapter.steps[0] ? stepText(chapter.steps[0], page.lang) : page.description;
	const pageTitle = `${chapter.title} · ${page.title.join('')}`;
	locals.head = socialTags({
		lang: page.lang,
		title: pageTitle,
		description,
		url: share.url,
		image: { url: share.image, alt: chapter.title, ...SHARE_IMAGE_SIZE },
		alternates: false
	});
	return {
		lang: page.lang,
		pageTitle,
		title: chapter.title,
		description,
		read: page.ui.share.read,
		chapter: chapter.id,
		share,
		oembed: { href: oembedUrl(url), title: chartTitle(page, chapterChart(chapter.id)) }
	};
};
