/**
 * What a static host needs beside the built site, made after `vite build` (npm run build):
 * `_headers` (Netlify, Cloudflare Pages; the same rules for nginx are docs/nginx.conf), and a
 * `.br` and a `.gz` beside every text file. Reads BUILD_DIR (default build), BASE_PATH, and
 * EMBED_ANCESTORS: who may frame the embeds (default `*`, any site; or origins, spaces between).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from './deploy/compress';
import { formatHeaders } from './deploy/headers-file.mjs';
import { headerRules } from './deploy/rules';

const dir = process.env.BUILD_DIR || 'build';
const base = process.env.BASE_PATH ?? '';
const embedAncestors = process.env.EMBED_ANCESTORS?.trim() || '*';
if (!/^(\*|'self'|https?:\/\/[\w.:-]+)( (\*|'self'|https?:\/\/[\w.:-]+))*$/.test(embedAncestors)) {
	throw new Error(
		`deploy-files: EMBED_ANCESTORS is * or origins with spaces between (https://news.example), not ${JSON.stringify(embedAncestors)}`
	);
}

const entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({
	name: e.name,
	folder: e.isDirectory()
}));
const rules = headerRules({ base, entries, embedAncestors });
writeFileSync(
	join(dir, '_headers'),
	formatHeaders(
		rules,
		'Made by scripts/deploy-files.ts with the build (npm run build): the response headers\nof this site, for Netlify and Cloudflare Pages. The same for nginx: docs/nginx.conf.'
	)
);
const compressed = precompress(dir);
console.log(
	`deploy-files: ${dir}/_headers (${rules.length} rules); .br and .gz of ${compressed} files`
);
