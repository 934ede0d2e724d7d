import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/ids';
import { chartImageFile, IMAGE_THEMES } from '$lib/charts/images';
import { EDITIONS } from '$lib/editions';
import { CHAPTER_IDS } from '$lib/extract/chapters';
import { editionPage } from '$lib/server/editions';
import { CARD_BYTES, LOGO } from '../../scripts/images/cards';
import { CHART_IMAGE_BYTES, CHART_IMAGE_WIDTH } from '../../scripts/images/charts';

/**
 * The images committed in static/, made by `npm run images` from the built site (the e2e
 * suite checks they are what the build draws): here, that each is there, of its size, and
 * within its bytes.
 */
function png(file: string): PNG {
	expect(existsSync(file), `${file} is missing: run npm run images`).toBe(true);
	// PNG.sync.read throws on anything that is not a PNG.
	return PNG.sync.read(readFileSync(file));
}

describe('share cards', () => {
	for (const edition of EDITIONS)
		describe(edition.id, () => {
			it.each([...CHAPTER_IDS, 'story'])('%s is a 1200×630 PNG of at most 150 KB', (name) => {
				const file = `static/share/${edition.id}/${name}.png`;
				const image = png(file);
				expect([image.width, image.height]).toEqual([1200, 630]);
				expect(readFileSync(file).length).toBeLessThanOrEqual(CARD_BYTES);
			});

			it('has the wordmark its structured data names as logo, 600×60', () => {
				const image = png(`static/share/${edition.id}/logo.png`);
				expect([image.width, image.height]).toEqual([LOGO.width, LOGO.height]);
			});
		});
});

describe('chart images', () => {
	for (const edition of EDITIONS) {
		const page = editionPage(edition.id);
		describe(edition.id, () => {
			for (const chart of CHART_IDS)
				for (const theme of IMAGE_THEMES)
					it(`${chart}, ${theme}: a PNG at 2× within 200 KB, and an SVG of the same words`, () => {
						const file = `static/${chartImageFile(edition.id, chart, theme)}`;
						const image = png(`${file}.png`);
						expect(image.width).toBe(CHART_IMAGE_WIDTH * 2);
						expect(readFileSync(`${file}.png`).length).toBeLessThanOrEqual(CHART_IMAGE_BYTES);
						const svg = readFileSync(`${file}.svg`, 'utf8');
						expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CHART_IMAGE_WIDTH}"`));
						// Its title is its chapter's, and the source line is in it, as text.
						const chapter = page.chapters.find((c) => svg.includes(`<title>${c.title}</title>`));
						expect(chapter, 'the SVG is titled with a chapter’s name').toBeDefined();
						const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
							.map((m) => m[1])
							.join('');
						const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/&amp;/g, '&');
						expect(squeeze(words)).toContain(squeeze(page.ui.source));
					});
		});
	}

	it('are all there is in static/charts', () => {
		const made = EDITIONS.flatMap((e) =>
			CHART_IDS.flatMap((c) =>
				IMAGE_THEMES.flatMap((t) => ['png', 'svg'].map((x) => `${chartImageFile(e.id, c, t)}.${x}`))
			)
		);
		const found = readdirSync('static/charts').flatMap((e) =>
			readdirSync(`static/charts/${e}`).map((f) => `charts/${e}/${f}`)
		);
		expect(found.sort()).toEqual(made.sort());
	});
});
