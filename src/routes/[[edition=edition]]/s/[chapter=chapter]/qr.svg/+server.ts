import { editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { chapterShares, sharePages } from '$lib/server/share';
import { qrSvg } from '$lib/share/qr';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = sharePages;

/** The chapter's share link as a QR code, for WeChat's scanner: made once, at build time. */
export const GET: RequestHandler = ({ params, url }) => {
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	const chapter = page.chapters.find((c) => c.id === params.chapter)!;
	const share = chapterShares(page, edition, url)[chapter.id]!;
	return new Response(qrSvg(share.url, chapter.share.qrAlt), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
