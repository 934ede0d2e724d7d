import { describe, expect, it } from 'vitest';
import { compressedForms } from '../../scripts/deploy/compress';
import {
	formatHeaders,
	headersFor,
	matches,
	parseHeaders
} from '../../scripts/deploy/headers-file.mjs';
import { CACHE, headerRules } from '../../scripts/deploy/rules';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const entries = [
	{ name: '_app', folder: true },
	{ name: 'embed', folder: true },
	{ name: 'en', folder: true },
	{ name: 'index.html', folder: false },
	{ name: 'redirect.js', folder: false },
	{ name: 's', folder: true },
	{ name: 'zh-hant', folder: true },
	{ name: '_headers', folder: false }
];

describe('the site’s headers', () => {
	const rules = headerRules({ base: '', entries, embedAncestors: '*' });
	const header = (path: string, name: string) =>
		headersFor(rules, path)
			.filter(([n]) => n === name)
			.map(([, v]) => v);

	it('let news sites frame the embeds and nobody the story or its share pages', () => {
		for (const edition of ['', 'zh-hant/', 'en/']) {
			expect(header(`/${edition}embed/chart/city-map/`, 'Content-Security-Policy')).toEqual([
				'frame-ancestors *'
			]);
			expect(header(`/${edition}`, 'Content-Security-Policy')).toEqual(["frame-ancestors 'self'"]);
			expect(header(`/${edition}s/poverty/`, 'Content-Security-Policy')).toEqual([
				"frame-ancestors 'self'"
			]);
		}
	});

	it('keep hashed files for a year, and everything else five minutes, never both', () => {
		expect(header('/_app/immutable/bundle.X.js', 'Cache-Control')).toEqual([CACHE.immutable]);
		for (const path of ['/', '/en/', '/en/islands.json', '/redirect.js', '/_app/version.json']) {
			expect(header(path, 'Cache-Control'), path).toEqual([CACHE.revalidate]);
		}
	});

	it('give no path one header twice, and every path the security headers', () => {
		for (const path of ['/', '/embed/', '/en/embed/x/', '/s/a/', '/_app/immutable/a.js', '/x']) {
			const names = headersFor(rules, path).map(([name]) => name);
			expect(new Set(names).size, path).toBe(names.length);
			expect(names).toContain('X-Content-Type-Options');
		}
	});

	it('sit below the base path, where the site lives there', () => {
		const based = headerRules({ base: '/news/x', entries, embedAncestors: 'https://a.example' });
		expect(based.every((r) => r.path.startsWith('/news/x/'))).toBe(true);
		expect(headersFor(based, '/news/x/en/embed/')).toContainEqual([
			'Content-Security-Policy',
			'frame-ancestors https://a.example'
		]);
	});

	it('are written as a _headers file that reads back the same', () => {
		const text = formatHeaders(rules, 'A comment\non two lines');
		expect(
			text.startsWith('# A comment\n# on two lines\n\n/*\n  X-Content-Type-Options: nosniff\n')
		).toBe(true);
		expect(parseHeaders(text)).toEqual(rules);
	});
});

describe('a _headers file', () => {
	it('matches a path exactly, or a splat and everything below it', () => {
		expect(matches('/en/', '/en/')).toBe(true);
		expect(matches('/en/', '/en/s/')).toBe(false);
		expect(matches('/en/*', '/en/')).toBe(true);
		expect(matches('/en/*', '/en/s/a/')).toBe(true);
		expect(matches('/en/*', '/enx/')).toBe(false);
	});

	it('says which line it cannot read', () => {
		expect(() => parseHeaders('/a\n  X-A: 1\nnonsense\n')).toThrow(/line 3/);
		expect(() => parseHeaders('  X-A: 1\n')).toThrow(/line 1/);
	});
});

describe('precompressed files', () => {
	it('decompress to the file', () => {
		const bytes = Buffer.from('<p>汾西县</p>'.repeat(100));
		const { br, gz } = compressedForms(bytes);
		expect(brotliDecompressSync(br)).toEqual(bytes);
		expect(gunzipSync(gz)).toEqual(bytes);
		expect(br.length).toBeLessThan(gz.length);
	});
});
