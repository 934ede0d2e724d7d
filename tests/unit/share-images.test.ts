import { existsSync, readFileSync, statSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '$lib/editions';
import { CHAPTER_IDS } from '$lib/extract/chapters';

/** Made by scripts/share-images.ts (npx tsx scripts/share-images.ts [base URL]). */
const MAX_BYTES = 150 * 1024;

describe('share images', () => {
	for (const edition of EDITIONS)
		describe(edition.id, () => {
			it.each(CHAPTER_IDS)('%s is a 1200×630 PNG of at most 150 KB', (chapter) => {
				const file = `static/share/${edition.id}/${chapter}.png`;
				expect(existsSync(file), `${file} is missing: run scripts/share-images.ts`).toBe(true);
				const bytes = readFileSync(file);
				expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES);
				// PNG.sync.read throws on anything that is not a PNG.
				const png = PNG.sync.read(bytes);
				expect([png.width, png.height]).toEqual([1200, 630]);
			});
		});
});
