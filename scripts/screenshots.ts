/**
 * npm run screenshots -- [base URL] [edition ...]: every step of every chapter of the story
 * (so every state of its graphic) at phone and desktop size, in each edition (or those
 * named: zh-Hans, zh-Hant, en), as PNGs in screenshots/<edition>-<size>-<step>.png, to look
 * at. Serve the built site first (npm run preview).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { EDITIONS } from '../src/lib/editions';
import { CHAPTER_IDS } from '../src/lib/extract/chapters';
import { READING_LINE } from '../src/lib/scroller/layout';

const base = process.argv[2] ?? 'http://localhost:4173/';
const named = process.argv.slice(3);
const editions = EDITIONS.filter((e) => named.length === 0 || named.includes(e.id));
const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium'
});
for (const edition of editions)
	for (const size of sizes) {
		const phone = size.width < 768;
		const page = await browser.newPage({
			viewport: size,
			deviceScaleFactor: 1,
			isMobile: phone,
			hasTouch: phone
		});
		await page.goto(new URL(edition.segment ? `${edition.segment}/` : '', base).href);
		await page.screenshot({ path: `screenshots/${edition.id}-${size.name}-top.png` });
		for (const id of CHAPTER_IDS) {
			// Read down through the chapter, one step at a time, as a reader would: each step's
			// first card at the reading line (on a phone, the middle of the cards' part).
			const steps = page.locator(`#${id} .steps > .step`);
			for (let i = 0; i < (await steps.count()); i++) {
				await steps
					.nth(i)
					.locator('.card')
					.first()
					.evaluate(
						(el, line) => {
							const r = el.getBoundingClientRect();
							scrollBy({ top: r.top + r.height / 2 - innerHeight * line, behavior: 'instant' });
						},
						phone ? READING_LINE.below : READING_LINE.beside
					);
				await page.waitForTimeout(900);
				await page.screenshot({
					path: `screenshots/${edition.id}-${size.name}-${id}-${i + 1}.png`
				});
			}
		}
		await page
			.locator('[data-chart="areas-overview"]')
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(900);
		await page.screenshot({ path: `screenshots/${edition.id}-${size.name}-overview.png` });
		await page.close();
	}
await browser.close();
