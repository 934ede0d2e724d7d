/**
 * Every chart of one edition as an image, for print desks and WeChat editors who paste
 * pictures, not frames: as its one-chart embed draws it (JavaScript off, so in its final
 * state), with its title, caption, note and source line, 640 CSS px wide; a PNG at twice
 * that (at most 200 KB) and an SVG, each in the light palette and the dark. In
 * static/charts/<edition id>/<chart>-<theme>.{png,svg}.
 */
import type { Browser } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHART_IDS } from '../../src/lib/charts/ids';
import type { EditionId } from '../../src/lib/editions';
import { chartImageFile, IMAGE_THEMES } from '../../src/lib/charts/images';
import type { Made } from './files';
import { settled } from './page';
import { withinBytes } from './png';
import { drawnAsSvg, IN_PAGE_HELPERS, SVG_PROPERTIES } from './svg';

export const CHART_IMAGE_BYTES = 200 * 1024;
/** The embed's width, which a news site's column gives it. */
export const CHART_IMAGE_WIDTH = 640;

/** What the image leaves out of the embed: controls (the table's, the download links). */
const CONTROLS = '.data-table { display: none !important; }';

export async function editionChartImages(
	browser: Browser,
	editionUrl: string,
	id: EditionId
): Promise<Made[]> {
	const made: Made[] = [];
	for (const theme of IMAGE_THEMES) {
		const context = await browser.newContext({
			viewport: { width: CHART_IMAGE_WIDTH, height: 900 },
			deviceScaleFactor: 2,
			javaScriptEnabled: false,
			colorScheme: theme,
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		for (const chart of CHART_IDS) {
			const url = new URL(`embed/chart/${chart}/`, editionUrl).href;
			const response = await page.goto(url, { waitUntil: 'load' });
			if (!response?.ok()) throw new Error(`images: ${url} answered ${response?.status()}`);
			await page.evaluate((css) => {
				const style = document.createElement('style');
				style.textContent = css;
				document.head.append(style);
				return document.fonts.ready.then(() => undefined);
			}, CONTROLS);
			const main = page.locator('main');
			const title = (await page.locator('h1').textContent())?.trim();
			if (!title) throw new Error(`images: ${url} has no title`);
			const png = withinBytes(PNG.sync.read(await settled(main)), CHART_IMAGE_BYTES);
			if (!png)
				throw new Error(
					`images: ${chart} (${id}, ${theme}) is over ${CHART_IMAGE_BYTES / 1024} KB`
				);
			const file = `static/${chartImageFile(id, chart, theme)}`;
			made.push({ file: `${file}.png`, data: png.bytes, how: png.how });
			// Last: the SVG's drawing changes the page (its pseudo-elements become elements).
			await page.evaluate(IN_PAGE_HELPERS);
			const svg = await main.evaluate(drawnAsSvg, { title, properties: SVG_PROPERTIES });
			made.push({ file: `${file}.svg`, data: svg });
		}
		await context.close();
	}
	return made;
}
