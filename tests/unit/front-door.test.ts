import { describe, expect, it } from 'vitest';
import { EDITIONS } from '$lib/editions';
import { ORIGINAL_PUBLISHER, storyArticle } from '$lib/server/article-data';
import { editionPage } from '$lib/server/editions';
import { appendToHead, documentTags, jsonLdScript, socialTags } from '$lib/server/head';
import { PUBLICATION } from '$lib/server/publication';
import { robotsTxt, sitemapXml } from '$lib/server/sitemap';
import { story } from '$lib/server/story';

/** The page being made (paths resolve against it, below the base path the build has). */
const here = new URL('https://news.example/');

describe("the story's structured data", () => {
	for (const edition of EDITIONS)
		it(`${edition.id}: our piece, based on the Linfen News article of May 2020`, () => {
			const page = editionPage(edition.id);
			const article = storyArticle(page, edition.id, here) as unknown as Record<string, unknown>;
			expect(article['@type']).toBe('NewsArticle');
			expect(article.headline).toBe(page.title.join(''));
			expect(article.inLanguage).toBe(edition.id);
			expect(article.datePublished).toBe(PUBLICATION.published);
			expect(article.image).toMatchObject({
				url: `https://news.example/share/${edition.id}/story.png`
			});
			expect(article.isBasedOn).toEqual({
				'@type': 'NewsArticle',
				inLanguage: 'zh-Hans',
				datePublished: '2020-05',
				publisher: { '@type': 'NewsMediaOrganization', ...ORIGINAL_PUBLISHER },
				author: { '@type': 'Person', name: '王德政' },
				editor: { '@type': 'Person', name: '吉政' }
			});
			// Only the English edition is a translation; the Traditional is the same text.
			expect('translator' in article).toBe(edition.id === 'en');
		});

	it("names the original's publisher as its dateline does", () => {
		expect(story.text.startsWith(`${ORIGINAL_PUBLISHER.name}讯`)).toBe(true);
	});

	it('is written so that no string in it can close its script element', () => {
		const script = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
		expect(script.match(/<\/script>/g)).toHaveLength(1);
		expect(JSON.parse(script.slice(script.indexOf('>') + 1, -'</script>'.length))).toEqual({
			headline: '</script><script>alert(1)</script>'
		});
	});
});

describe("a link's card", () => {
	const card = {
		lang: 'zh-Hant' as const,
		title: 'A "title" & <more>',
		description: 'd',
		url: 'https://news.example/zh-hant/',
		image: {
			url: 'https://news.example/share/zh-Hant/story.png',
			alt: 'a',
			width: 1200,
			height: 630
		}
	};

	it('escapes its attributes, and names the other editions only on a story page', () => {
		const tags = socialTags({ ...card, alternates: true });
		expect(tags).toContain(
			'<meta property="og:title" content="A &quot;title&quot; &amp; &lt;more&gt;">'
		);
		expect(tags).toContain('<meta property="og:locale" content="zh_TW">');
		expect(tags.match(/og:locale:alternate/g)).toHaveLength(2);
		expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
		expect(socialTags({ ...card, alternates: false })).not.toContain('og:locale:alternate');
	});

	it('is written at the end of the head, and a page without one is an error', () => {
		expect(appendToHead('<head><title>t</title></head><body>', '<meta x>')).toBe(
			'<head><title>t</title><meta x></head><body>'
		);
		expect(appendToHead('<p>', undefined)).toBe('<p>');
		expect(() => appendToHead('<p>', '<meta x>')).toThrow('no </head>');
	});
});

describe("a page's own head", () => {
	it('says only what it is given, escaped, and the expect link blocks rendering', () => {
		const tags = documentTags({
			title: 'A <b> & "c"',
			description: 'd',
			canonical: 'https://news.example/en/',
			alternates: [{ hreflang: 'x-default', href: 'https://news.example/' }],
			oembed: { href: 'https://news.example/en/oembed.json', title: 't' },
			expect: [{ id: 'framework' }, { id: 'intro', media: '(max-width: 10rem)' }]
		});
		expect(tags).toBe(
			'<title>A &lt;b&gt; &amp; &quot;c&quot;</title>' +
				'<meta name="description" content="d">' +
				'<link rel="canonical" href="https://news.example/en/">' +
				'<link rel="alternate" hreflang="x-default" href="https://news.example/">' +
				'<link rel="alternate" type="application/json+oembed" href="https://news.example/en/oembed.json" title="t">' +
				'<link rel="expect" href="#framework" blocking="render">' +
				'<link rel="expect" href="#intro" blocking="render" media="(max-width: 10rem)">'
		);
		expect(
			documentTags({ title: 't', robots: 'noindex', canonical: 'https://news.example/' })
		).toBe(
			'<title>t</title><meta name="robots" content="noindex"><link rel="canonical" href="https://news.example/">'
		);
	});
});

describe('the sitemap and robots.txt', () => {
	it('list the three editions, each with every edition as its alternate', () => {
		const xml = sitemapXml(here);
		expect(xml.match(/<url>/g)).toHaveLength(3);
		for (const path of ['', 'zh-hant/', 'en/'])
			expect(xml).toContain(`<loc>https://news.example/${path}</loc>`);
		expect(xml.match(/hreflang="x-default"/g)).toHaveLength(3);
		expect(xml).not.toMatch(/embed|\/s\//);
	});

	it('robots.txt allows everything and names the sitemap', () => {
		expect(robotsTxt(new URL('https://news.example/sitemap.xml'))).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap.xml\n'
		);
	});
});
