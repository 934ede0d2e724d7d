/**
 * npm run screenshots -- [base URL]: every chapter of the story at phone and desktop size,
 * as PNGs in screenshots/, to look at. Serve the built site first (npm run preview).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHAPTER_IDS } from '../src/lib/extract/chapters';

const base = process.argv[2] ?? 'http://localhost:4173/';
const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium'
});
for (const size of sizes) {
	const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
	await page.goto(base);
	await page.screenshot({ path: `screenshots/${size.name}-top.png` });
	for (const id of CHAPTER_IDS) {
		// Land at the chapter, then read down to its middle step, as a reader would.
		await page.goto(`${base}#${id}`);
		const steps = page.locator(`#${id} .step`);
		const middle = steps.nth(Math.floor(((await steps.count()) - 1) / 2));
		await middle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(900);
		await page.screenshot({ path: `screenshots/${size.name}-${id}.png` });
	}
	await page.close();
}
await browser.close();
