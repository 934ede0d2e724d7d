import { stepText } from '$lib/charts/types';
import { socialTags } from '$lib/server/head';
import { chapterChart, chartTitle, oembedUrl } from '$lib/server/oembed';
import { SHARE_IMAGE_SIZE, sharedChapter, sharePages } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = sharePages;

/** A crawler's page: no script of ours but the redirect, which is a static file. */
export const csr = false;

export const load: PageServerLoad = ({ params, url, locals }) => {
	locals.noScript = !csr;
	const { page, chapter, share } = sharedChapter(params, url);
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
