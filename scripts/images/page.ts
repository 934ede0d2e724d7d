/**
 * Reading a built edition as a share image needs it: JavaScript off, so every graphic is in
 * its final, prerendered state; its headline, its colours (its CSS custom properties) and its
 * font; and each chapter's heading and graphic, the graphic cropped to what it draws.
 */
import type { Browser, Locator } from '@playwright/test';
import { CHAPTER_IDS, type ChapterId } from '../../src/lib/extract/chapters';
import type { CardStory, Palette, Words } from './card';
import { parseRgb, trim, type Capture } from './png';

/** Graphics are captured at twice their size, so that they stay sharp when enlarged. */
export const CAPTURE_SCALE = 2;

export interface Edition extends CardStory {
	/** Above the headline (访谈, Interview), and below it. */
	kicker: string;
	dek: string;
	chapters: Map<ChapterId, { words: Words; graphic: Capture }>;
}

/** Read an edition's page at `url`, JavaScript off. */
export async function readEdition(browser: Browser, url: string): Promise<Edition> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: CAPTURE_SCALE,
		javaScriptEnabled: false,
		colorScheme: 'light',
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`images: ${url} answered ${response?.status()}`);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));

	const found = await page.$$eval('section.chapter[id]', (sections) => sections.map((s) => s.id));
	const missing = CHAPTER_IDS.filter((id) => !found.includes(id));
	if (missing.length > 0) throw new Error(`images: ${url} has no ${missing.join(', ')}`);

	const { lang, font, headline, palette, kicker, dek } = await page.evaluate(() => {
		const h1 = document.querySelector('h1');
		if (!h1) throw new Error('no h1');
		const words = Object.fromEntries(
			Object.entries({
				kicker: '.hero .kicker',
				dek: '.hero .dek'
			}).map(([key, selector]) => {
				const found = document.querySelector(selector)?.textContent?.trim();
				if (!found) throw new Error(`no ${selector}`);
				return [key, found];
			})
		) as { kicker: string; dek: string };
		const phrases = [...h1.querySelectorAll('.phrase')].map((p) => p.textContent ?? '');
		// No named inner functions here: tsx would wrap them in a helper the page lacks.
		const css = getComputedStyle(document.documentElement);
		const names = {
			paper: '--paper',
			ink: '--ink',
			muted: '--ink-muted',
			rule: '--rule',
			accent: '--accent'
		};
		return {
			...words,
			lang: document.documentElement.lang,
			font: getComputedStyle(h1).fontFamily,
			headline: phrases.length > 0 ? phrases : [h1.textContent ?? ''],
			palette: Object.fromEntries(
				Object.entries(names).map(([key, name]) => [key, css.getPropertyValue(name).trim()])
			) as unknown as Palette
		};
	});
	for (const [name, value] of Object.entries(palette))
		if (!value) throw new Error(`images: ${url} sets no colour for ${name}`);

	// The graphic as it is drawn, not the sticky box that holds it: the box takes its content's
	// height, and the menu bar is kept off it. The data table's toggle and the image links are controls,
	// not part of the picture. (Not page.addStyleTag: it waits for a load event, which never
	// comes without JavaScript.)
	await page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent = `.chapter .graphic { position: static !important; height: auto !important; }
			.chapter .graphic .data-table { display: none !important; }
			.masthead { display: none !important; }`;
		document.head.append(style);
	});
	const paper = parseRgb(
		await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
	);

	const chapters: Edition['chapters'] = new Map();
	for (const id of CHAPTER_IDS) {
		// Only this chapter laid out: its graphic then stands where nothing else on the page
		// can move it, so that its pixels are the same whatever the other chapters hold.
		await page.evaluate((id) => {
			for (const el of document.querySelectorAll<HTMLElement>('main > *'))
				el.style.display = el.id === id ? '' : 'none';
		}, id);
		const words = await page.locator(`#${id}-heading`).evaluate(readHeading);
		const shot = await settled(page.locator(`#${id} .graphic`));
		chapters.set(id, {
			words,
			graphic: trim(shot, paper, CAPTURE_SCALE, `${url}#${id}`)
		});
	}
	await context.close();
	return {
		lang,
		font,
		headline: headline.map((p) => p.trim()).filter(Boolean),
		palette,
		kicker,
		dek,
		chapters
	};
}

/**
 * A screenshot of an element that two captures in a row agree on: the first of a fresh
 * browser sometimes catches its text half drawn, which would change images from run to run.
 */
export async function settled(element: Locator): Promise<Buffer> {
	let last = await element.screenshot({ type: 'png' });
	for (let i = 0; i < 5; i++) {
		const shot = await element.screenshot({ type: 'png' });
		if (shot.equals(last)) return shot;
		last = shot;
	}
	throw new Error('images: a graphic would not hold still for its screenshot');
}

/**
 * A heading's words, in the page: the visible ones, in the phrases the page keeps together,
 * and apart from them the label that only screen readers hear. The area number drawn
 * beside a focus heading is hidden from them, and from the card: the label says it.
 */
function readHeading(h: HTMLElement): Words {
	// No inner named functions here: tsx would wrap them in a helper the page lacks.
	let label = '';
	const groups = new Map<Element, string>();
	const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement!;
		if (parent.closest('[aria-hidden="true"]')) continue;
		const rect = parent.getBoundingClientRect();
		if (
			getComputedStyle(parent).clipPath === 'inset(50%)' ||
			(rect.width <= 1 && rect.height <= 1)
		) {
			label += node.textContent;
			continue;
		}
		const group = parent.closest('.phrase') ?? h;
		groups.set(group, (groups.get(group) ?? '') + node.textContent);
	}
	const heading = [...groups.values()].map((g) => g.replace(/\s+/g, ' '));
	if (heading.length > 0) {
		heading[0] = heading[0]!.trimStart();
		heading[heading.length - 1] = heading[heading.length - 1]!.trimEnd();
	}
	return {
		label: label.trim().replace(/[:：\s]+$/u, ''),
		heading: heading.filter(Boolean),
		text: (h.textContent ?? '').trim()
	};
}
