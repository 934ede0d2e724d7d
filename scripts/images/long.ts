/**
 * Each chapter of one edition as a long image for WeChat official-account articles: its
 * long-image page (a phone's width, 400 CSS px) at 2.7 device pixels a px, so 1080 px wide,
 * at most 1 MB. The image carries its words as text chunks (Title, Description, Source,
 * URL), which the browser tests check are the chapter's. Its `file` is below the site's
 * root (wechat/<edition id>/<chapter>.png): scripts/long-images.ts writes it into the build.
 */
import type { Browser } from '@playwright/test';
import { PNG } from 'pngjs';
import { longImageFile } from '../../src/lib/server/long-image';
import type { EditionId } from '../../src/lib/editions';
import { CHAPTER_IDS } from '../../src/lib/extract/chapters';
import type { Made } from './files';
import { withinBytes, withText } from './png';

export const LONG_IMAGE = { width: 1080, cssWidth: 400, maxBytes: 1024 * 1024 } as const;

export async function editionLongImages(
	browser: Browser,
	editionUrl: string,
	id: EditionId
): Promise<Made[]> {
	const context = await browser.newContext({
		viewport: { width: LONG_IMAGE.cssWidth, height: 800 },
		deviceScaleFactor: LONG_IMAGE.width / LONG_IMAGE.cssWidth,
		javaScriptEnabled: false,
		colorScheme: 'light',
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	const made: Made[] = [];
	for (const chapter of CHAPTER_IDS) {
		const url = new URL(`s/${chapter}/long-image/`, editionUrl).href;
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`images: ${url} answered ${response?.status()}`);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const words = await page.evaluate(() => ({
			title: document.querySelector('h1')!.textContent!.trim(),
			steps: [...document.querySelectorAll('.step')].map((p) => p.textContent!.trim()),
			source: [...document.querySelectorAll('footer > p')].map((p) => p.textContent!.trim()),
			url: document.querySelector('.url')!.textContent!.trim()
		}));
		const shot = PNG.sync.read(await page.screenshot({ type: 'png', fullPage: true }));
		const file = longImageFile(id, chapter);
		if (shot.width !== LONG_IMAGE.width)
			throw new Error(`images: ${file} came out ${shot.width} px wide`);
		// With room for the text chunks.
		const png = withinBytes(shot, LONG_IMAGE.maxBytes - 8 * 1024);
		if (!png) throw new Error(`images: ${file} is over ${LONG_IMAGE.maxBytes / 1024} KB`);
		const data = withText(png.bytes, {
			Title: words.title,
			Description: words.steps.join('\n'),
			Source: words.source.join('\n'),
			URL: words.url
		});
		made.push({ file, data, how: `, ${shot.height} px tall${png.how}` });
	}
	await context.close();
	return made;
}
