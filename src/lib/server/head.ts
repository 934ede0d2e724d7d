import { EDITIONS, type EditionId } from '$lib/editions';
import { escapeMarkup } from '$lib/markup';
import type { ExpectedElement } from '$lib/scroller/layout';

/**
 * What a page's head says of it to browsers, search engines and oEmbed consumers. A page with
 * a script gets these from the server (`locals.head`), not from `<svelte:head>`: Svelte
 * hydrates a head tag by tag, on a slow phone up to 26 ms of the shell's hydration, for tags
 * that never change.
 */
export interface DocumentHead {
	title: string;
	description?: string;
	/** `noindex` for a page in a frame, which is canonical to the story. */
	robots?: string;
	/** The page's canonical, absolute URL. */
	canonical: string;
	/** Each edition's URL, by language tag (`x-default` among them): a story page's. */
	alternates?: readonly { hreflang: string; href: string }[];
	/** Where its oEmbed answer is, and what that calls it. */
	oembed?: { href: string; title: string };
	/**
	 * The elements the first paint waits for, each where its media query holds (`<link
	 * rel="expect" blocking="render" media>`; Chromium ends the wait as the element is
	 * inserted, at its start tag): without, a slow phone paints what it has read so far, and
	 * a first screen painted half read may move (`firstPaintWaits`, by the scroller's layout).
	 */
	expect?: readonly ExpectedElement[];
}

/** The head's tags for `head`, in the order a reader of the source expects them. */
export function documentTags(head: DocumentHead): string {
	const attributes = (pairs: Record<string, string>) =>
		Object.entries(pairs)
			.map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
			.join('');
	return [
		`<title>${escapeMarkup(head.title)}</title>`,
		head.description === undefined
			? ''
			: `<meta${attributes({ name: 'description', content: head.description })}>`,
		head.robots === undefined
			? ''
			: `<meta${attributes({ name: 'robots', content: head.robots })}>`,
		`<link${attributes({ rel: 'canonical', href: head.canonical })}>`,
		...(head.alternates ?? []).map(
			({ hreflang, href }) => `<link${attributes({ rel: 'alternate', hreflang, href })}>`
		),
		head.oembed === undefined
			? ''
			: `<link${attributes({ rel: 'alternate', type: 'application/json+oembed', ...head.oembed })}>`,
		...(head.expect ?? []).map(
			({ id, media }) =>
				`<link${attributes({ rel: 'expect', href: `#${id}`, blocking: 'render', ...(media === undefined ? {} : { media }) })}>`
		)
	].join('');
}

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
