import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { EDITIONS } from '../../src/lib/editions';
import { started } from './helpers';

// The base-path project: the site built with BASE_PATH and served only below it
// (scripts/test-servers.mjs). Nothing in it may point to a path outside the base: a
// relative link, a fragment, a path below the base, or an absolute URL on the site's
// origin below the base; other origins are outside links.

/** What the base-path build is served from, on disk (the same checkout). */
const BUILD = 'build-base';

/** Every edition, by its path relative to the site: './', './zh-hant/', './en/'. */
const editions = EDITIONS.map((e) => (e.segment ? `./${e.segment}/` : './'));

/** Every other prerendered page of the build (embeds, share pages…), found on disk. */
function builtPages(dir = BUILD): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return builtPages(path);
		if (!entry.name.endsWith('.html')) return [];
		const url = relative(BUILD, path).split(sep).join('/');
		return [`./${url.replace(/(^|\/)index\.html$/, '$1')}`];
	});
}

/** Attributes that always hold a URL (srcset holds several). */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'srcset',
	'action',
	'formaction',
	'poster',
	'data',
	'xlink:href',
	'ping',
	'background',
	'cite'
]);

const decodeEntities = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&amp;/g, '&');

/** Every URL the HTML refers to: in attributes, and in the inline start script's imports. */
function urlsIn(html: string): { where: string; url: string }[] {
	const found: { where: string; url: string }[] = [];
	for (const tag of html.matchAll(/<([a-z][\w:-]*)(\s[^>]*?)\/?>/gi)) {
		for (const attr of tag[2]!.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
			const name = attr[1]!.toLowerCase();
			const value = decodeEntities(attr[3] ?? attr[4] ?? attr[5] ?? '').trim();
			const where = `<${tag[1]} ${name}>`;
			if (name === 'srcset' || (tag[1] === 'meta' && name === 'content' && value.includes(',')))
				for (const candidate of value.split(',')) {
					const url = candidate.trim().split(/\s+/)[0];
					if (url && (name === 'srcset' || looksLikeUrl(url))) found.push({ where, url });
				}
			else if (URL_ATTRIBUTES.has(name) || looksLikeUrl(value)) found.push({ where, url: value });
		}
	}
	for (const script of html.matchAll(/<script(?:\s[^>]*)?>([^]*?)<\/script>/gi)) {
		for (const m of script[1]!.matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g))
			found.push({ where: 'inline import()', url: m[2]! });
		for (const m of script[1]!.matchAll(/\b(?:base|assets):\s*(["'])([^"']*)\1/g))
			if (m[2]) found.push({ where: 'inline paths', url: m[2] });
	}
	return found;
}

const looksLikeUrl = (value: string) => /^(https?:\/\/|\/|\.\.?\/)/i.test(value);

/**
 * Why a URL met on `page` points outside the site under the base, or null when it does
 * not. `site` is the site's URL with the base path and a trailing slash.
 */
function outside(url: string, page: URL, site: URL): string | null {
	if (url === '' || url.startsWith('#')) return null;
	if (/^(mailto|tel|data|blob):/i.test(url)) return null;
	if (/^javascript:/i.test(url)) return 'a javascript: URL';
	if (url.startsWith('/') && !url.startsWith('//')) {
		// A root path: it must be below the base.
		return url === site.pathname.slice(0, -1) || url.startsWith(site.pathname)
			? null
			: `a root path outside ${site.pathname}`;
	}
	let resolved: URL;
	try {
		resolved = new URL(url, page);
	} catch {
		return 'not a URL';
	}
	if (resolved.origin === site.origin) {
		return resolved.href.startsWith(site.href) || `${resolved.href}/` === site.href
			? null
			: /^[a-z][\w+.-]*:|^\/\//i.test(url)
				? `an absolute URL on the site's origin outside ${site.pathname}`
				: `a relative URL that leaves ${site.pathname}`;
	}
	if (!/^https?:$/.test(resolved.protocol)) return `a ${resolved.protocol} URL`;
	// Another site (a share service): the URLs it is given must be ours, under the base.
	for (const [key, value] of resolved.searchParams) {
		if (!/^https?:\/\//i.test(value)) continue;
		const inner = outside(value, page, site);
		if (inner) return `its ${key} parameter is ${inner}`;
	}
	return null;
}

/** Every mention of the site's origin, raw or percent-encoded, is followed by the base. */
function originMentions(text: string, site: URL): string[] {
	const problems: string[] = [];
	const forms = [
		[site.origin, site.pathname],
		[encodeURIComponent(site.origin), encodeURIComponent(site.pathname)]
	] as const;
	for (const [origin, path] of forms) {
		for (let at = text.indexOf(origin); at >= 0; at = text.indexOf(origin, at + 1)) {
			const after = text.slice(at + origin.length, at + origin.length + path.length);
			if (after !== path && after !== path.slice(0, -1))
				problems.push(`…${text.slice(Math.max(0, at - 40), at + origin.length + 40)}…`);
		}
	}
	return problems;
}

async function get(request: APIRequestContext, url: string) {
	const response = await request.get(url, { maxRedirects: 0 });
	const text = await response.text();
	// A failed build is served as 503 with its error (scripts/test-servers.mjs).
	expect(response.status(), `${url}: ${text.slice(0, 2000)}`).toBe(200);
	return text;
}

test('the build under a base path has every edition, and nothing at the root', async ({
	request,
	baseURL
}) => {
	const site = new URL(baseURL!);
	expect(site.pathname).not.toBe('/');
	for (const edition of editions) await get(request, edition);
	// The server serves only below the base: a link that left it would fail.
	expect((await request.get(new URL('/', site).href)).status()).toBe(404);
	expect((await request.get(new URL('/en/', site).href)).status()).toBe(404);
});

test('every href, src and URL in the prerendered HTML stays below the base path', async ({
	request,
	baseURL
}) => {
	const site = new URL(baseURL!);
	const pages = [...new Set([...editions, ...builtPages()])];
	expect(pages.length).toBeGreaterThanOrEqual(editions.length);
	const problems: string[] = [];
	const stylesheets = new Set<string>();
	for (const path of pages) {
		const page = new URL(path, site);
		const html = await get(request, page.href);
		const urls = urlsIn(html);
		expect(urls.length, path).toBeGreaterThan(0);
		for (const { where, url } of urls) {
			const why = outside(url, page, site);
			if (why) problems.push(`${path}: ${where} ${url}: ${why}`);
			if (where === '<link href>' && /\.css(\?|$)/.test(url))
				stylesheets.add(new URL(url, page).href);
		}
		for (const mention of originMentions(html, site)) problems.push(`${path}: ${mention}`);
	}
	// The stylesheets' url()s too (fonts, images).
	for (const href of stylesheets) {
		const css = await get(request, href);
		for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
			const why = outside(m[2]!, new URL(href), site);
			if (why) problems.push(`${href}: url(${m[2]}): ${why}`);
		}
	}
	expect(problems).toEqual([]);
});

test('the checker itself: what counts as outside the base', () => {
	const site = new URL('http://localhost:4174/interactive/fenxi-2020/');
	const page = new URL('en/', site);
	const ok = [
		'#poverty',
		'./',
		'../',
		'../_app/immutable/entry/start.js',
		'/interactive/fenxi-2020/data/story.json',
		'/interactive/fenxi-2020',
		'http://localhost:4174/interactive/fenxi-2020/en/',
		'https://service.weibo.com/share/share.php?url=http%3A%2F%2Flocalhost%3A4174%2Finteractive%2Ffenxi-2020%2Fen%2F',
		'data:image/png;base64,AAAA'
	];
	const bad = [
		'/',
		'/en/',
		'/_app/immutable/entry/start.js',
		'/interactive/fenxi-2020x/',
		'../../',
		'http://localhost:4174/en/',
		'//localhost:4174/en/',
		'https://service.weibo.com/share/share.php?url=http%3A%2F%2Flocalhost%3A4174%2Fen%2F',
		'javascript:alert(1)'
	];
	expect(ok.filter((url) => outside(url, page, site))).toEqual([]);
	expect(bad.filter((url) => !outside(url, page, site))).toEqual([]);
	expect(originMentions('<code>src="http://localhost:4174/en/embed/"</code>', site)).toHaveLength(
		1
	);
	expect(originMentions('url=http%3A%2F%2Flocalhost%3A4174%2Fen%2F', site)).toHaveLength(1);
	expect(originMentions('"http://localhost:4174/interactive/fenxi-2020/en/"', site)).toEqual([]);
	expect(urlsIn('<img srcset="/a.png 1x, ./b.png 2x"><a href=/c>').map((u) => u.url)).toEqual([
		'/a.png',
		'./b.png',
		'/c'
	]);
});

/** The editions, the story embeds and one chart embed, as the browser loads them. */
const browsed = [...editions, './embed/', './en/embed/', './zh-hant/embed/chart/poverty-units/'];

for (const path of browsed) {
	test(`${path}: the browser loads everything from below the base, and every link resolves there`, async ({
		page,
		request,
		baseURL
	}) => {
		const site = new URL(baseURL!);
		const problems: string[] = [];
		page.on('request', (r) => {
			const url = r.url();
			if (!url.startsWith(site.href) && !/^(data|blob):/.test(url))
				problems.push(`request outside the base: ${url}`);
		});
		page.on('response', (r) => {
			if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
		});
		page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		await page.goto(path);
		await started(page);
		// After hydration: the links as the live page has them.
		const links = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[href], [src]')].map((el) => ({
				tag: el.tagName.toLowerCase(),
				url: el.getAttribute('href') ?? el.getAttribute('src') ?? '',
				absolute:
					el instanceof HTMLAnchorElement || el instanceof HTMLLinkElement
						? el.href
						: el instanceof HTMLImageElement ||
							  el instanceof HTMLScriptElement ||
							  el instanceof HTMLIFrameElement
							? el.src
							: ''
			}))
		);
		const here = new URL(page.url());
		const fetched = new Set<string>();
		for (const link of links) {
			const why = outside(link.url, here, site);
			if (why) problems.push(`<${link.tag}> ${link.url}: ${why}`);
			const target = link.absolute && new URL(link.absolute);
			if (!target || target.origin !== site.origin) continue;
			target.hash = '';
			if (fetched.has(target.href)) continue;
			fetched.add(target.href);
			const status = (await request.get(target.href)).status();
			if (status !== 200) problems.push(`<${link.tag}> ${link.url} → ${status}`);
		}
		expect(problems).toEqual([]);
	});
}
