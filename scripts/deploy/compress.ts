import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files a host sends compressed: text. Images and fonts are compressed already. */
export const COMPRESSED = ['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.csv'];

/** Every file below `dir`, as paths. */
export function filesBelow(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesBelow(path) : [path];
	});
}

/** The brotli (quality 11) and gzip (level 9) forms of a file's bytes. */
export function compressedForms(bytes: Buffer): { br: Buffer; gz: Buffer } {
	return {
		br: brotliCompressSync(bytes, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			}
		}),
		gz: gzipSync(bytes, { level: 9 })
	};
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file below `dir`, as a host serves
 * them (nginx's `brotli_static` and `gzip_static`, Cloudflare, Netlify). Returns how many.
 */
export function precompress(dir: string): number {
	const files = filesBelow(dir).filter((f) => COMPRESSED.includes(extname(f).toLowerCase()));
	for (const file of files) {
		const { br, gz } = compressedForms(readFileSync(file));
		writeFileSync(`${file}.br`, br);
		writeFileSync(`${file}.gz`, gz);
	}
	return files.length;
}
