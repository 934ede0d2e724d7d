/**
 * npx tsx scripts/share-images.ts [base URL] [--check]: the share card of every chapter of
 * every edition, as static/share/<edition id>/<chapter id>.png, 1200×630 and at most 150 KB.
 * With --check it writes nothing, and fails if a committed card is not what the build draws
 * (the e2e suite runs it so: cards made before a change to a graphic would be stale).
 *
 * Each card shows the chapter's real graphic, as the built page renders it without
 * JavaScript (so in its final state, with nothing animating), beside the chapter's heading
 * and the story's headline, both read from the page. Serve the built site first, at the
 * base URL (default http://localhost:4173/), e.g. `npm run preview`, or read-only:
 * `python3 -m http.server 4300 --directory build` and pass http://localhost:4300/.
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { EDITIONS } from '../src/lib/editions';
import { CHAPTER_IDS, type ChapterId } from '../src/lib/extract/chapters';

const WIDTH = 1200;
const HEIGHT = 630;
const MAX_BYTES = 150 * 1024;
const PAPER = '#fdfcfa';
const ACCENT = '#a4262c';
const INK = '#1d1d1f';
const MUTED = '#5b5b61';
const RULE = '#dedbd5';

/**
 * The card's grid, in CSS px: margins, and the gap between the words and the graphic. The
 * words take at least MIN_WORDS of the width, and whatever a narrow graphic leaves, up to
 * MAX_WORDS; the graphic is fitted into the rest, nearly the card's height.
 */
const MARGIN = { top: 56, right: 56, bottom: 52, left: 64 };
const GAP = 56;
const MIN_WORDS = 392;
const MAX_WORDS = 560;
const FIGURE = {
	width: WIDTH - MARGIN.left - MIN_WORDS - GAP - MARGIN.right,
	height: HEIGHT - 32 * 2
};
/** The graphic is captured at twice its size, so it stays sharp up to this enlargement. */
const CAPTURE_SCALE = 2;
const MAX_ENLARGEMENT = 1.35;

const args = process.argv.slice(2);
const check = args.includes('--check');
const base = new URL(args.find((a) => !a.startsWith('--')) ?? 'http://localhost:4173/');
if (!base.pathname.endsWith('/')) base.pathname += '/';

/** A chapter's words, as the page sets them. */
interface Words {
	/** The screen reader's label before a focus area's heading ("Area 1 of 8"), or ''. */
	label: string;
	/** The heading's visible words, in the phrases it keeps together. */
	heading: string[];
	/** The whole heading's text, trimmed: what the card must agree with. */
	text: string;
}

/** A graphic cropped to what it draws, as a PNG, with its size in CSS px. */
interface Capture {
	png: Buffer;
	width: number;
	height: number;
}

interface Story {
	lang: string;
	font: string;
	headline: string[];
	chapters: Map<ChapterId, { words: Words; graphic: Capture }>;
}

/** Read an edition's page, JavaScript off: every graphic in its final, prerendered state. */
async function readEdition(browser: Browser, url: string): Promise<Story> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: CAPTURE_SCALE,
		javaScriptEnabled: false,
		colorScheme: 'light',
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`share-images: ${url} answered ${response?.status()}`);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));

	const found = await page.$$eval('section.chapter[id]', (sections) => sections.map((s) => s.id));
	const missing = CHAPTER_IDS.filter((id) => !found.includes(id));
	if (missing.length > 0) throw new Error(`share-images: ${url} has no ${missing.join(', ')}`);

	const { lang, font, headline } = await page.evaluate(() => {
		const h1 = document.querySelector('h1');
		if (!h1) throw new Error('no h1');
		const phrases = [...h1.querySelectorAll('.phrase')].map((p) => p.textContent ?? '');
		return {
			lang: document.documentElement.lang,
			font: getComputedStyle(h1).fontFamily,
			headline: phrases.length > 0 ? phrases : [h1.textContent ?? '']
		};
	});

	// The graphic as it is drawn, not the sticky box that holds it: let the box take its
	// content's height, and keep the sticky menu bar off it. The data table's toggle is a
	// control to click, not part of the picture.
	// (Not page.addStyleTag: it waits for a load event, which never comes without JavaScript.)
	await page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent = `.chapter .graphic { position: static !important; height: auto !important; }
			.chapter .graphic details { display: none !important; }`;
		document.head.append(style);
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			const { position } = getComputedStyle(el);
			if ((position === 'sticky' || position === 'fixed') && !el.closest('.graphic'))
				el.style.visibility = 'hidden';
		}
	});
	const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	const chapters: Story['chapters'] = new Map();
	for (const id of CHAPTER_IDS) {
		const words = await page.locator(`#${id}-heading`).evaluate(readHeading);
		const shot = await settled(page.locator(`#${id} .graphic`));
		chapters.set(id, { words, graphic: trim(shot, parseRgb(paper), `${url}#${id}`) });
	}
	await context.close();
	return { lang, font, headline: headline.map((p) => p.trim()).filter(Boolean), chapters };
}

/**
 * A screenshot of an element that two captures in a row agree on: the first of a fresh
 * browser sometimes catches its text half drawn, which would change cards from run to run.
 */
async function settled(element: Locator): Promise<Buffer> {
	let last = await element.screenshot({ type: 'png' });
	for (let i = 0; i < 5; i++) {
		const shot = await element.screenshot({ type: 'png' });
		if (shot.equals(last)) return shot;
		last = shot;
	}
	throw new Error('share-images: a graphic would not hold still for its screenshot');
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

function parseRgb(css: string): [number, number, number] {
	const m = css.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
	if (!m) throw new Error(`share-images: cannot read the page's background, ${css}`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Crop a screenshot to what differs from the paper, with a little room. */
function trim(shot: Buffer, paper: [number, number, number], where: string): Capture {
	const png = PNG.sync.read(shot);
	const { width, height, data } = png;
	let top = height;
	let bottom = -1;
	let left = width;
	let right = -1;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const ink =
				Math.abs(data[i]! - paper[0]) > 6 ||
				Math.abs(data[i + 1]! - paper[1]) > 6 ||
				Math.abs(data[i + 2]! - paper[2]) > 6;
			if (!ink) continue;
			top = Math.min(top, y);
			bottom = Math.max(bottom, y);
			left = Math.min(left, x);
			right = Math.max(right, x);
		}
	if (bottom < 0) throw new Error(`share-images: the graphic at ${where} is blank`);
	const pad = 4 * CAPTURE_SCALE;
	top = Math.max(0, top - pad);
	left = Math.max(0, left - pad);
	bottom = Math.min(height - 1, bottom + pad);
	right = Math.min(width - 1, right + pad);
	const out = new PNG({ width: right - left + 1, height: bottom - top + 1 });
	PNG.bitblt(png, out, left, top, out.width, out.height, 0, 0);
	return {
		png: PNG.sync.write(out),
		width: out.width / CAPTURE_SCALE,
		height: out.height / CAPTURE_SCALE
	};
}

const escape = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The card: words on the left, the graphic on the right, fitted to its box at `scale`. */
function cardHtml(story: Story, chapter: Words, graphic: Capture, scale: number): string {
	const fit = Math.min(FIGURE.width / graphic.width, FIGURE.height / graphic.height);
	const k = Math.min(fit, MAX_ENLARGEMENT) * scale;
	const img = { width: graphic.width * k, height: graphic.height * k };
	const words = Math.min(MAX_WORDS, WIDTH - MARGIN.left - MARGIN.right - GAP - img.width);
	const phrases = (list: string[]) =>
		list.map((p) => `<span class="phrase">${escape(p)}</span>`).join('');
	return `<!doctype html>
<html lang="${escape(story.lang)}">
<head>
<meta charset="utf-8">
<style>
	html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
	body {
		background: ${PAPER};
		color: ${INK};
		font-family: ${story.font};
		-webkit-font-smoothing: antialiased;
	}
	.card {
		box-sizing: border-box;
		display: grid;
		grid-template-columns: ${Math.floor(words)}px 1fr;
		column-gap: ${GAP}px;
		width: ${WIDTH}px;
		height: ${HEIGHT}px;
		padding: 0 ${MARGIN.right}px 0 ${MARGIN.left}px;
	}
	.words {
		display: flex;
		flex-direction: column;
		min-height: 0;
		padding: ${MARGIN.top}px 0 ${MARGIN.bottom}px;
	}
	.rule { width: 56px; height: 4px; margin: 0 0 22px; background: ${ACCENT}; }
	.label {
		margin: 0 0 12px;
		color: ${ACCENT};
		font-size: 22px;
		font-weight: 700;
		line-height: 1.3;
	}
	.heading {
		margin: 0 0 28px;
		font-size: var(--heading-size, 46px);
		font-weight: 700;
		line-height: 1.28;
		overflow-wrap: break-word;
		text-wrap: pretty;
	}
	.phrase { display: inline-block; }
	.headline {
		margin: auto 0 0;
		padding-top: 18px;
		border-top: 1px solid ${RULE};
		color: ${MUTED};
		font-size: 22px;
		line-height: 1.45;
	}
	.figure {
		display: flex;
		align-items: center;
		justify-content: center;
		min-width: 0;
	}
	.figure img {
		display: block;
		width: ${img.width.toFixed(2)}px;
		height: ${img.height.toFixed(2)}px;
	}
</style>
</head>
<body>
<div class="card">
	<div class="words">
		<div class="rule"></div>
		${chapter.label ? `<p class="label">${escape(chapter.label)}</p>` : ''}
		<p class="heading">${phrases(chapter.heading)}</p>
		<p class="headline">${phrases(story.headline)}</p>
	</div>
	<div class="figure">
		<img alt="" src="data:image/png;base64,${graphic.png.toString('base64')}">
	</div>
</div>
</body>
</html>`;
}

/**
 * Set the card, and the heading as large as the words' column takes: a Chinese heading's
 * phrases each on a line of their own (they are short), an English one's wrapping freely.
 */
async function compose(page: Page, html: string): Promise<PNG> {
	await page.setContent(html, { waitUntil: 'load' });
	await page.evaluate(async () => {
		await document.fonts.ready;
		const words = document.querySelector<HTMLElement>('.words')!;
		const heading = document.querySelector<HTMLElement>('.heading')!;
		const phrases = [...heading.querySelectorAll<HTMLElement>('.phrase')];
		const whole = document.documentElement.lang.startsWith('zh');
		for (let size = whole ? 60 : 48; size >= 24; size -= 2) {
			heading.style.setProperty('--heading-size', `${size}px`);
			const unbroken = phrases.every((p) => p.getBoundingClientRect().height < size * 1.8);
			if (words.scrollHeight <= words.clientHeight && (unbroken || !whole || size <= 34)) return;
		}
		throw new Error('the words do not fit the card');
	});
	const shot = await page.screenshot({ type: 'png' });
	return PNG.sync.read(shot);
}

/**
 * How many pixels of a card may change past a few shades and it still be the same card: a
 * glyph's edge rasterised a hair differently is a few; one changed digit is a hundred or more.
 */
const CHANGED_PIXELS = 24;

/**
 * How a card as drawn now differs from the committed file, or null if it does not: by
 * pixels, not bytes (another build of zlib would change the bytes, not the picture).
 */
function differs(bytes: Buffer, file: string): string | null {
	if (!existsSync(file)) return 'missing';
	const [now, committed] = [PNG.sync.read(bytes), PNG.sync.read(readFileSync(file))];
	if (now.width !== committed.width || now.height !== committed.height)
		return `${committed.width}×${committed.height}, not ${now.width}×${now.height}`;
	let changed = 0;
	for (let i = 0; i < now.data.length; i += 4) {
		for (let c = 0; c < 3; c++) {
			if (Math.abs(now.data[i + c]! - committed.data[i + c]!) > 24) {
				changed++;
				break;
			}
		}
	}
	return changed > CHANGED_PIXELS ? `${changed} pixels differ` : null;
}

/** As small a PNG as the pixels allow: no alpha, best compression. */
function encode(png: PNG): Buffer {
	return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, deflateLevel: 9 });
}

/** Fewer shades of each channel, for a card that will not compress under the limit. */
function quantise(png: PNG, step: number): PNG {
	const out = new PNG({ width: png.width, height: png.height });
	for (let i = 0; i < png.data.length; i++)
		out.data[i] = i % 4 === 3 ? 255 : Math.min(255, Math.round(png.data[i]! / step) * step);
	return out;
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
				const file = `static/share/${edition.id}/${id}.png`;
				const squeeze = (s: string) => s.replace(/\s+/g, '');
				if (
					words.heading.length === 0 ||
					!squeeze(words.text).includes(squeeze(words.heading.join('')))
				)
					throw new Error(`share-images: cannot read the heading of ${url}#${id}`);
				const { bytes, how } = await render(card, story, words, graphic, file);
				if (check) {
					const difference = differs(bytes, file);
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

/** A card under the size limit: smaller graphic first, then fewer shades; else fail. */
async function render(
	page: Page,
	story: Story,
	words: Words,
	graphic: Capture,
	file: string
): Promise<{ bytes: Buffer; how: string }> {
	let bytes: Buffer = Buffer.alloc(0);
	for (const scale of [1, 0.92, 0.85]) {
		const png = await compose(page, cardHtml(story, words, graphic, scale));
		if (png.width !== WIDTH || png.height !== HEIGHT)
			throw new Error(`share-images: ${file} came out ${png.width}×${png.height}`);
		const how = scale === 1 ? '' : ` (graphic at ${scale * 100}%)`;
		bytes = encode(png);
		if (bytes.length <= MAX_BYTES) return { bytes, how };
		for (const step of [4, 8]) {
			bytes = encode(quantise(png, step));
			if (bytes.length <= MAX_BYTES) return { bytes, how: `${how} (${256 / step} shades)` };
		}
	}
	throw new Error(
		`share-images: ${file} is ${(bytes.length / 1024).toFixed(1)} KB, over the ${MAX_BYTES / 1024} KB limit`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
