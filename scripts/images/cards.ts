/**
 * The share cards of one edition, 1200×630, at most 150 KB each: a card for every chapter
 * (its heading, its graphic, the story's headline), the story's own card (the headline, the
 * map of where Fenxi is, the dek), and the publisher's wordmark that its structured data
 * names as logo. In static/share/<edition id>/.
 */
import type { Page } from '@playwright/test';
import type { EditionId } from '../../src/lib/editions';
import { PNG } from 'pngjs';
import { cardHtml, compose, HEIGHT, WIDTH, type CardStory, type Words } from './card';
import type { Made } from './files';
import type { Edition } from './page';
import { withinBytes, type Capture } from './png';

export const CARD_BYTES = 150 * 1024;

/** The wordmark's size: Google's for a news publisher's logo. */
export const LOGO = { width: 600, height: 60 } as const;

/** The chapter whose graphic the story's card shows: the map of where Fenxi is. */
const STORY_GRAPHIC = 'intro';

/** A card under the size limit: a smaller graphic first, then fewer shades; else fail. */
async function card(
	page: Page,
	story: CardStory,
	words: Words,
	graphic: Capture,
	file: string
): Promise<Made> {
	let last = 0;
	for (const scale of [1, 0.92, 0.85]) {
		const png = await compose(page, cardHtml(story, words, graphic, scale));
		if (png.width !== WIDTH || png.height !== HEIGHT)
			throw new Error(`images: ${file} came out ${png.width}×${png.height}`);
		const made = withinBytes(png, CARD_BYTES);
		if (made)
			return {
				file,
				data: made.bytes,
				how: `${scale === 1 ? '' : ` (graphic at ${scale * 100}%)`}${made.how}`
			};
		last = scale;
	}
	throw new Error(
		`images: ${file} is over the ${CARD_BYTES / 1024} KB limit, even with its graphic at ${last * 100}% and fewer shades`
	);
}

/** The wordmark: the publisher's name in the page's accent colour and font, on its paper. */
async function logo(page: Page, edition: Edition, name: string, file: string): Promise<Made> {
	await page.setViewportSize(LOGO);
	const c = edition.palette;
	await page.setContent(
		`<!doctype html><html lang="${edition.lang}"><meta charset="utf-8"><body style="margin:0;display:flex;align-items:center;justify-content:center;width:${LOGO.width}px;height:${LOGO.height}px;background:${c.paper};color:${c.accent};font-family:${edition.font.replace(/"/g, "'")};font-weight:700;font-size:34px;white-space:nowrap"><span></span></body></html>`
	);
	await page.locator('span').evaluate((span, text) => (span.textContent = text), name);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const fits = await page.evaluate(() => document.body.scrollWidth <= innerWidth);
	if (!fits) throw new Error(`images: "${name}" does not fit the ${LOGO.width} px wordmark`);
	const png = PNG.sync.read(await page.screenshot({ type: 'png' }));
	await page.setViewportSize({ width: WIDTH, height: HEIGHT });
	return { file, data: withinBytes(png, CARD_BYTES)!.bytes };
}

/** Every card of `edition`, and its wordmark of `publisher`. */
export async function editionCards(
	page: Page,
	edition: Edition,
	id: EditionId,
	publisher: string
): Promise<Made[]> {
	const folder = `static/share/${id}`;
	const made: Made[] = [];
	for (const [chapter, { words, graphic }] of edition.chapters) {
		const squeeze = (s: string) => s.replace(/\s+/g, '');
		if (
			words.heading.length === 0 ||
			!squeeze(words.text).includes(squeeze(words.heading.join('')))
		)
			throw new Error(`images: cannot read the heading of ${id}#${chapter}`);
		made.push(await card(page, edition, words, graphic, `${folder}/${chapter}.png`));
	}
	const map = edition.chapters.get(STORY_GRAPHIC)!.graphic;
	const headline = edition.headline.join('');
	made.push(
		await card(
			page,
			{ ...edition, headline: [edition.dek] },
			{ label: edition.kicker, heading: edition.headline, text: headline },
			map,
			`${folder}/story.png`
		)
	);
	made.push(await logo(page, edition, publisher, `${folder}/logo.png`));
	return made;
}
