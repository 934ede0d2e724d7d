/**
 * npx tsx scripts/share-images.ts [base URL] [--check]: the share card of every chapter of
 * every edition, as static/share/<edition id>/<chapter id>.png, 1200×630 and at most 150 KB.
 * With --check it writes nothing, and fails if a committed card is not what the build draws
 * (the e2e suite runs it so: cards made before a change to a graphic would be stale).
 *
 * Each card shows the chapter's real graphic, as the built page renders it without
 * JavaScript (so in its final state, with nothing animating), beside the chapter's heading
 * and the story's headline, in the page's colours, all read from the page (`images/page.ts`).
 * Serve the built site first, at the base URL (default http://localhost:4173/), e.g.
 * `npm run preview`, or read-only: `python3 -m http.server 4300 --directory build`.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { EDITIONS } from '../src/lib/editions';
import { CHAPTER_IDS } from '../src/lib/extract/chapters';
import { cardHtml, compose, HEIGHT, WIDTH, type CardStory, type Words } from './images/card';
import { readEdition } from './images/page';
import { differs, withinBytes, type Capture } from './images/png';

const MAX_BYTES = 150 * 1024;

const args = process.argv.slice(2);
const check = args.includes('--check');
const base = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://localhost:4173/');
if (!base.pathname.endsWith('/')) base.pathname += '/';

/** A card under the size limit: a smaller graphic first, then fewer shades; else fail. */
async function render(
	page: Page,
	story: CardStory,
	words: Words,
	graphic: Capture,
	file: string
): Promise<{ bytes: Buffer; how: string }> {
	let last = 0;
	for (const scale of [1, 0.92, 0.85]) {
		const png = await compose(page, cardHtml(story, words, graphic, scale));
		if (png.width !== WIDTH || png.height !== HEIGHT)
			throw new Error(`share-images: ${file} came out ${png.width}×${png.height}`);
		const made = withinBytes(png, MAX_BYTES);
		if (made)
			return {
				bytes: made.bytes,
				how: `${scale === 1 ? '' : ` (graphic at ${scale * 100}%)`}${made.how}`
			};
		last = scale;
	}
	throw new Error(
		`share-images: ${file} is over the ${MAX_BYTES / 1024} KB limit, even with its graphic at ${last * 100}% and fewer shades`
	);
}

async function main() {
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		// Glyphs on whole pixels: with subpixel positions, the same page sometimes rasterises
		// its text a shade differently from one load to the next, and the cards would churn.
		args: ['--disable-font-subpixel-positioning']
	});
	const sizes: { file: string; bytes: number }[] = [];
	const stale: string[] = [];
	try {
		const cards = await browser.newContext({
			viewport: { width: WIDTH, height: HEIGHT },
			deviceScaleFactor: 1,
			colorScheme: 'light'
		});
		const card = await cards.newPage();
		for (const edition of EDITIONS) {
			const url = new URL(edition.segment ? `${edition.segment}/` : '', base).href;
			const story = await readEdition(browser, url);
			if (story.lang !== edition.id)
				throw new Error(`share-images: ${url} is lang="${story.lang}", not ${edition.id}`);
			const folder = `static/share/${edition.id}`;
			if (check) {
				const cards = new Set(CHAPTER_IDS.map((id) => `${id}.png`));
				for (const extra of existsSync(folder) ? readdirSync(folder) : [])
					if (!cards.has(extra)) stale.push(`${folder}/${extra}: no chapter has this card`);
			} else mkdirSync(folder, { recursive: true });
			for (const [id, { words, graphic }] of story.chapters) {
				const file = `${folder}/${id}.png`;
				const squeeze = (s: string) => s.replace(/\s+/g, '');
				if (
					words.heading.length === 0 ||
					!squeeze(words.text).includes(squeeze(words.heading.join('')))
				)
					throw new Error(`share-images: cannot read the heading of ${url}#${id}`);
				const { bytes, how } = await render(card, story, words, graphic, file);
				if (check) {
					const difference = existsSync(file) ? differs(bytes, readFileSync(file)) : 'missing';
					if (difference) stale.push(`${file}: ${difference}`);
					continue;
				}
				writeFileSync(file, bytes);
				sizes.push({ file, bytes: bytes.length });
				console.log(`${file}  ${(bytes.length / 1024).toFixed(1)} KB${how}`);
			}
		}
	} finally {
		await browser.close();
	}
	if (check) {
		if (stale.length > 0)
			throw new Error(
				`share-images: ${stale.length} committed cards are not what the build draws; make them again (npx tsx scripts/share-images.ts):\n  ${stale.join('\n  ')}`
			);
		console.log('share-images: every committed card is what the build draws');
		return;
	}
	sizes.sort((a, b) => a.bytes - b.bytes);
	const kb = (s: { file: string; bytes: number }) => `${s.file} ${(s.bytes / 1024).toFixed(1)} KB`;
	console.log(`${sizes.length} cards; smallest ${kb(sizes[0]!)}, largest ${kb(sizes.at(-1)!)}`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
