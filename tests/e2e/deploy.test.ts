import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMPRESSED } from '../../scripts/deploy/compress';
import { parseHeaders } from '../../scripts/deploy/headers-file.mjs';

// What `npm run build` makes for a static host (scripts/deploy-files.ts): _headers, the
// same rules for nginx (docs/nginx.conf) and in the README, the precompressed files; and
// the test servers (scripts/serve.mjs) serve them as a host does.

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** Each distinct `Name: value` of a headers file. */
const lines = (text: string) =>
	new Set(parseHeaders(text).flatMap((r) => r.headers.map(([n, v]) => `${n}: ${v}`)));

test('the headers file parses, and says what the README and the nginx snippet say @anywhere', () => {
	const made = readFileSync('build/_headers', 'utf8');
	const rules = parseHeaders(made);
	expect(rules.length).toBeGreaterThan(10);
	// Under a base path, every rule is below it.
	const based = parseHeaders(readFileSync('build-base/_headers', 'utf8'));
	expect(based.every((r) => r.path.startsWith('/interactive/fenxi-2020/'))).toBe(true);
	// The README's table gives each header the file gives, and no other.
	const readme = readFileSync('README.md', 'utf8');
	const table = /<!-- headers -->([\s\S]*?)<!-- \/headers -->/.exec(readme)?.[1] ?? '';
	const documented = new Set([...table.matchAll(/`([\w-]+: [^`]+)`/g)].map((m) => m[1]!));
	expect(documented).toEqual(lines(made));
	// nginx: each header, in the form add_header takes.
	const nginx = readFileSync('docs/nginx.conf', 'utf8');
	for (const line of lines(made)) {
		const [name, value] = line.split(/: (.*)/);
		expect(nginx, line).toContain(`add_header ${name} "${value}" always;`);
	}
});

test('every text file has its brotli and gzip forms beside it, each the file once decompressed @anywhere', () => {
	const all = files('build');
	const texts = all.filter((f) => COMPRESSED.includes(extname(f)));
	expect(texts.length).toBeGreaterThan(100);
	for (const kind of ['.html', '.js', '.css', '.json', '.svg']) {
		expect(
			texts.some((f) => f.endsWith(kind)),
			kind
		).toBe(true);
	}
	for (const file of texts) {
		const bytes = readFileSync(file);
		expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(bytes), file).toBe(true);
		expect(gunzipSync(readFileSync(`${file}.gz`)).equals(bytes), file).toBe(true);
	}
});

test('the site is served as a host serves it: its headers, and brotli or gzip as asked @anywhere', async () => {
	const site = 'http://localhost:4173';
	const get = (path: string, encoding?: string) =>
		fetch(`${site}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} });
	const story = await get('/', 'br, gzip');
	expect(story.headers.get('content-encoding')).toBe('br');
	expect(story.headers.get('vary')).toBe('accept-encoding');
	expect(story.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
	expect(story.headers.get('x-content-type-options')).toBe('nosniff');
	expect(story.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	expect(story.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
	expect(await story.text()).toBe(readFileSync('build/index.html', 'utf8'));

	const embed = await get('/en/embed/chart/poverty-units/', 'gzip');
	expect(embed.headers.get('content-encoding')).toBe('gzip');
	expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');

	const plain = await get('/en/', 'identity');
	expect(plain.headers.get('content-encoding')).toBeNull();
	expect(Number(plain.headers.get('content-length'))).toBe(statSync('build/en/index.html').size);

	const script = readdirSync('build/_app/immutable').find((f) => f.endsWith('.js'))!;
	const bundle = await get(`/_app/immutable/${script}`, 'br');
	expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	expect(bundle.headers.get('content-security-policy')).toBeNull();

	expect((await get('/_headers')).status).toBe(404);
});
