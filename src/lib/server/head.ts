import { EDITIONS, type EditionId } from '$lib/editions';
import { escapeMarkup } from '$lib/markup';

/** What a link's preview is made of: Open Graph and Twitter card tags, with its image. */
export interface SocialCard {
	/** The edition the page is in. */
	lang: EditionId;
	title: string;
	description: string;
	/** The page's canonical, absolute URL. */
	url: string;
	/** The card: absolute URL, size and text alternative. */
	image: { url: string; alt: string; width: number; height: number };
	/** Name the other editions as alternate locales (a story page; a share page is one chapter's). */
	alternates: boolean;
}

/** Open Graph wants language_TERRITORY: the script's usual territory. */
const OG_LOCALES = { 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW', en: 'en_US' } as const;

/**
 * The card's tags, for the crawlers of Facebook, X, LinkedIn, Slack, WeChat and the rest. The
 * hook writes them into the head (`locals.head`), so the page's script never carries them.
 */
export function socialTags(card: SocialCard): string {
	const og: [string, string][] = [
		['og:type', 'article'],
		['og:title', card.title],
		['og:description', card.description],
		['og:url', card.url],
		['og:image', card.image.url],
		['og:image:width', String(card.image.width)],
		['og:image:height', String(card.image.height)],
		['og:image:alt', card.image.alt],
		['og:locale', OG_LOCALES[card.lang]],
		...(card.alternates
			? EDITIONS.filter((e) => e.id !== card.lang).map((e): [string, string] => [
					'og:locale:alternate',
					OG_LOCALES[e.id]
				])
			: [])
	];
	const twitter: [string, string][] = [
		['twitter:card', 'summary_large_image'],
		['twitter:title', card.title],
		['twitter:description', card.description],
		['twitter:image', card.image.url],
		['twitter:image:alt', card.image.alt]
	];
	return [
		...og.map(([p, c]) => `<meta property="${p}" content="${escapeMarkup(c)}">`),
		...twitter.map(([n, c]) => `<meta name="${n}" content="${escapeMarkup(c)}">`)
	].join('');
}

/**
 * `data` as a `<script type="application/ld+json">` element: `<` written as its escape, so
 * that no string in it can close the element.
 */
export function jsonLdScript(data: object): string {
	return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** `html` with `head` written at the end of its head (nothing to write: as it is). */
export function appendToHead(html: string, head: string | undefined): string {
	if (!head) return html;
	const at = html.indexOf('</head>');
	if (at < 0) throw new Error('head: the page has no </head> to write its tags before');
	return html.slice(0, at) + head + html.slice(at);
}
