/**
 * npm run images -- [base URL] [--check] [--only=cards|charts]: every image the story
 * offers, made from the built site as it renders (serve it first at the base URL, default
 * http://localhost:4173/, e.g. `npm run preview`):
 *
 * - cards: each chapter's share card, the story's card and the publisher's wordmark,
 *   1200×630 (the wordmark 600×60), at most 150 KB (`images/cards.ts`), in static/share/;
 * - charts: each chart as a PNG (2×, at most 200 KB) and an SVG, light and dark, with its
 *   title, caption, note and source line (`images/charts.ts`), in static/charts/.
 *
 * (The long images for WeChat show the deployment's link: each build makes its own,
 * scripts/long-images.ts.)
 * Every edition of each. With --check it writes nothing, and fails if a committed image is
 * not what the build draws (the e2e suite runs it so: images made before a change to a
 * graphic or a word would be stale), or if a file in their folders is one nothing makes.
 */
import { chromium } from '@playwright/test';
import { EDITIONS } from '../src/lib/editions';
import { HEIGHT, WIDTH } from './images/card';
import { editionCards } from './images/cards';
import { editionChartImages } from './images/charts';
import { settle, type Made } from './images/files';
import { readEdition } from './images/page';

const KINDS = ['cards', 'charts'] as const;
type Kind = (typeof KINDS)[number];

/** Each kind's folder below static/, one an edition. */
const FOLDERS: Record<Kind, string> = { cards: 'share', charts: 'charts' };

const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const kinds = only ? only.split(',') : [...KINDS];
for (const kind of kinds)
	if (!(KINDS as readonly string[]).includes(kind))
		throw new Error(`images: no kind "${kind}" (${KINDS.join(', ')})`);
const base = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://localhost:4173/');
if (!base.pathname.endsWith('/')) base.pathname += '/';

async function main() {
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		// Glyphs on whole pixels: with subpixel positions, the same page sometimes rasterises
		// its text a shade differently from one load to the next, and the images would churn.
		args: ['--disable-font-subpixel-positioning']
	});
	const made: Made[] = [];
	try {
		const cards = await browser.newPage({
			viewport: { width: WIDTH, height: HEIGHT },
			deviceScaleFactor: 1,
			colorScheme: 'light'
		});
		for (const edition of EDITIONS) {
			const url = new URL(edition.segment ? `${edition.segment}/` : '', base).href;
			if (kinds.includes('cards')) {
				const story = await readEdition(browser, url);
				if (story.lang !== edition.id)
					throw new Error(`images: ${url} is lang="${story.lang}", not ${edition.id}`);
				const oembed = await fetch(new URL('oembed.json', url));
				const { provider_name } = (await oembed.json()) as { provider_name: string };
				made.push(...(await editionCards(cards, story, edition.id, provider_name)));
			}
			if (kinds.includes('charts'))
				made.push(...(await editionChartImages(browser, url, edition.id)));
		}
	} finally {
		await browser.close();
	}
	const folders = KINDS.filter((kind) => kinds.includes(kind)).flatMap((kind) =>
		EDITIONS.map((e) => `static/${FOLDERS[kind]}/${e.id}`)
	);
	const stale = settle(made, folders, check);
	if (stale.length > 0)
		throw new Error(
			`images: ${stale.length} committed images are not what the build draws; make them again (npm run images):\n  ${stale.join('\n  ')}`
		);
	console.log(
		check
			? `images: every committed image (${kinds.join(', ')}) is what the build draws`
			: `images: ${made.length} made (${kinds.join(', ')})`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
