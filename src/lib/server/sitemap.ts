import { EDITIONS } from '$lib/editions';
import { escapeMarkup } from '$lib/markup';
import { editionUrl } from '$lib/urls';
import { PUBLICATION } from './publication';

/**
 * The sitemap (sitemaps.org, with Google's `xhtml:link` alternates): the three editions, each
 * naming the others and the default. Embeds and share pages are left out: they are not
 * indexed (`noindex`), and each points to its story page as canonical.
 */
export function sitemapXml(here: URL): string {
	const links = [
		...EDITIONS.map((e) => ({ lang: e.id as string, href: editionUrl(e.id, here) })),
		{ lang: 'x-default', href: editionUrl('zh-Hans', here) }
	]
		.map(
			({ lang, href }) =>
				`\t\t<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeMarkup(href)}"/>`
		)
		.join('\n');
	const urls = EDITIONS.map(
		(e) =>
			`\t<url>\n\t\t<loc>${escapeMarkup(editionUrl(e.id, here))}</loc>\n\t\t<lastmod>${PUBLICATION.modified}</lastmod>\n${links}\n\t</url>`
	).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
}

/**
 * robots.txt: everything may be crawled (the embeds and share pages say `noindex` themselves,
 * which a crawler barred from them could not read), and where the sitemap is. A crawler
 * reads it only at a host's root: under a base path, the host's own robots.txt should
 * name this sitemap.
 */
export function robotsTxt(sitemap: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;
}
