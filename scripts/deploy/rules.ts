import { EDITIONS } from '../../src/lib/editions';
import type { HeaderRule } from './headers-file.mjs';

/**
 * The built site's response headers, for a host that reads a `_headers` file, and the same
 * for nginx (docs/nginx.conf). No header comes from two rules that match one path: hosts
 * join such values with commas, and two `frame-ancestors` policies would both apply.
 */
export const CACHE = {
	/** Files named by their content's hash: never asked for again. */
	immutable: 'public, max-age=31536000, immutable',
	/** Pages and data: kept five minutes, then checked with the host. */
	revalidate: 'public, max-age=300, must-revalidate'
};

export const SECURITY: [string, string][] = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin']
];

export interface SiteLayout {
	/** The base path ('' at the root, or `/interactive/fenxi-2020`). */
	base: string;
	/** The build folder's top-level entries, and whether each is a folder. */
	entries: readonly { name: string; folder: boolean }[];
	/** Who may frame the embeds: `*` (any news site), or a list of origins. */
	embedAncestors: string;
}

/** Each rule of the site's headers, one a path. */
export function headerRules(layout: SiteLayout): HeaderRule[] {
	const byPath = new Map<string, [string, string][]>();
	for (const { path, headers } of rulesByJob(layout)) {
		byPath.set(path, [...(byPath.get(path) ?? []), ...headers]);
	}
	return [...byPath].map(([path, headers]) => ({ path, headers }));
}

/** The rules, by what each is for: security, framing, caching. */
function rulesByJob({ base, entries, embedAncestors }: SiteLayout): HeaderRule[] {
	const frame = (ancestors: string): [string, string][] => [
		['Content-Security-Policy', `frame-ancestors ${ancestors}`]
	];
	const cache = (value: string): [string, string][] => [['Cache-Control', value]];
	const shown = entries.filter((e) => e.name !== '_headers' && !e.name.startsWith('.'));
	return [
		{ path: `${base}/*`, headers: SECURITY },
		// The story pages and share pages are framed by nobody; the embeds, by news sites.
		...EDITIONS.flatMap(({ segment }) => {
			const at = `${base}/${segment ? `${segment}/` : ''}`;
			return [
				{ path: at, headers: frame("'self'") },
				{ path: `${at}s/*`, headers: frame("'self'") },
				{ path: `${at}embed/*`, headers: frame(embedAncestors) }
			];
		}),
		{ path: `${base}/_app/immutable/*`, headers: cache(CACHE.immutable) },
		{ path: `${base}/`, headers: cache(CACHE.revalidate) },
		...shown.flatMap(({ name, folder }) =>
			name === '_app'
				? [{ path: `${base}/_app/version.json`, headers: cache(CACHE.revalidate) }]
				: [{ path: `${base}/${name}${folder ? '/*' : ''}`, headers: cache(CACHE.revalidate) }]
		)
	];
}
