import { asset, resolve } from '$app/paths';
import { CHART_IDS, type ChartId } from '$lib/charts/ids';
import {
	editionEntries,
	editionOf,
	editionSegment,
	type EditionId,
	type EditionSegment
} from '$lib/editions';
import { CHAPTER_IDS, type ChapterId } from '$lib/extract/chapters';
import type { ChapterShare, EmbedLink, StoryPage } from '$lib/model/types';
import { editionPage } from './editions';
import { longImageFile } from './long-image';

/** Every edition's share page of every chapter, for prerendering. */
export function sharePages(): { edition: EditionSegment | undefined; chapter: ChapterId }[] {
	return editionEntries().flatMap(({ edition }) =>
		CHAPTER_IDS.map((chapter) => ({ edition, chapter }))
	);
}

/**
 * A chapter's page's makings, from its route's parameters: its edition, the edition's page,
 * the chapter, and how it is shared (absolute, resolved against `here`).
 */
export function sharedChapter(params: { edition?: string; chapter: string }, here: URL) {
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	const chapter = page.chapters.find((c) => c.id === params.chapter);
	if (!chapter) throw new Error(`share: the story has no chapter ${params.chapter}`);
	return { edition, page, chapter, share: chapterShares(page, edition, here)[chapter.id]! };
}

/** Every edition's embed of every chart, for prerendering. */
export function chartEmbedPages(): { edition: EditionSegment | undefined; chart: ChartId }[] {
	return editionEntries().flatMap(({ edition }) => CHART_IDS.map((chart) => ({ edition, chart })));
}

/** An embed's page (one chart's, or the story's where `chart` is null), absolute: resolved against `here`. */
export function embedUrl(edition: EditionId, chart: ChartId | null, here: URL): string {
	const segment = editionSegment(edition);
	const path = chart
		? resolve('/[[edition=edition]]/embed/chart/[chart=chart]', { edition: segment, chart })
		: resolve('/[[edition=edition]]/embed', { edition: segment });
	return new URL(`${path}/`, here).href;
}

/** What the embed panel offers, each with its absolute URL under the base path (resolved against `here`). */
export function embedLinks(page: StoryPage, edition: EditionId, here: URL): EmbedLink[] {
	return page.embeds.map(({ chart, label, frameTitle }) => ({
		url: embedUrl(edition, chart, here),
		label,
		frameTitle
	}));
}

/**
 * A share image (`scripts/images/cards.ts`), absolute: resolved against `here`. A chapter's
 * card, the story's (`story`), or the wordmark that names us as publisher (`logo`).
 */
export const shareImageUrl = (edition: EditionId, name: ChapterId | 'story' | 'logo', here: URL) =>
	new URL(asset(`/share/${edition}/${name}.png`), here).href;

/** The cards' size, in pixels. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The links that share each chapter of an edition, absolute: resolved against `here`, the page being rendered (prerendered paths are relative). */
export function chapterShares(
	page: StoryPage,
	edition: EditionId,
	here: URL
): Record<string, ChapterShare> {
	const segment = editionSegment(edition);
	return Object.fromEntries(
		page.chapters.map((chapter) => {
			const path = `${resolve('/[[edition=edition]]/s/[chapter=chapter]', { edition: segment, chapter: chapter.id })}/`;
			const url = new URL(path, here).href;
			const image = shareImageUrl(edition, chapter.id, here);
			const weibo = new URL('https://service.weibo.com/share/share.php');
			weibo.searchParams.set('url', url);
			weibo.searchParams.set('title', `${chapter.title} · ${page.title.join('')}`);
			weibo.searchParams.set('pic', image);
			const longImage = asset(`/${longImageFile(edition, chapter.id)}`);
			return [chapter.id, { url, qr: `${path}qr.svg`, image, longImage, weibo: weibo.href }];
		})
	);
}
