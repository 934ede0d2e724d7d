/**
 * The images' files: written, or (with --check) compared with what is committed. A picture
 * is compared as pixels (`differs`), an SVG as text; a file in an image folder that nothing
 * made is stale too.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { differs } from './png';

/** One image made: where it goes, and its bytes (a PNG) or text (an SVG). */
export interface Made {
	file: string;
	data: Buffer | string;
	/** How it was made smaller, if it was (" (128 shades)"). */
	how?: string;
}

/** What is wrong with `made` as committed, or null if it is what is committed. */
function staleness(made: Made): string | null {
	if (!existsSync(made.file)) return 'missing';
	if (typeof made.data === 'string')
		return readFileSync(made.file, 'utf8') === made.data ? null : 'its drawing differs';
	return differs(made.data, readFileSync(made.file));
}

/**
 * Write every image `made` (or check it, with `check`), and say what was done. Checking, the
 * files of `folders` that nothing made count as stale. Returns the stale files, each with why.
 */
export function settle(made: Made[], folders: string[], check: boolean): string[] {
	if (!check) {
		for (const m of made) {
			mkdirSync(dirname(m.file), { recursive: true });
			writeFileSync(m.file, m.data);
			console.log(`${m.file}  ${(Buffer.byteLength(m.data) / 1024).toFixed(1)} KB${m.how ?? ''}`);
		}
		return [];
	}
	const files = new Set(made.map((m) => m.file));
	const extra = folders
		.filter((folder) => existsSync(folder))
		.flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)))
		.filter((file) => !files.has(file))
		.map((file) => `${file}: nothing makes this file`);
	const stale = made.flatMap((m) => {
		const why = staleness(m);
		return why ? [`${m.file}: ${why}`] : [];
	});
	return [...stale, ...extra];
}
