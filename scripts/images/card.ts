/**
 * A share card's layout: the chapter's heading and the story's headline on the left, its
 * graphic on the right, 1200×630, in the page's own colours and fonts.
 */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { escapeMarkup } from '../../src/lib/markup';
import type { Capture } from './png';

export const WIDTH = 1200;
export const HEIGHT = 630;

/** The page's colours, read from its CSS (its custom properties), so a card matches it. */
export interface Palette {
	paper: string;
	ink: string;
	muted: string;
	rule: string;
	accent: string;
}

/** A chapter's words, as the page sets them. */
export interface Words {
	/** The screen reader's label before a focus area's heading ("Area 1 of 8"), or ''. */
	label: string;
	/** The heading's visible words, in the phrases it keeps together. */
	heading: string[];
	/** The whole heading's text, trimmed: what the card must agree with. */
	text: string;
}

/** What a card shows of its story. */
export interface CardStory {
	lang: string;
	/** The page's font stack. */
	font: string;
	headline: string[];
	palette: Palette;
}

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
/** The graphic is enlarged at most this much (it is captured at twice its size, so stays sharp). */
const MAX_ENLARGEMENT = 1.35;

/** The graphic's size on the card, fitted to its box at `scale` (1, or smaller to save bytes). */
export function fitted(graphic: Pick<Capture, 'width' | 'height'>, scale: number) {
	const fit = Math.min(FIGURE.width / graphic.width, FIGURE.height / graphic.height);
	const k = Math.min(fit, MAX_ENLARGEMENT) * scale;
	return { width: graphic.width * k, height: graphic.height * k };
}

/** The card as a page: words on the left, the graphic on the right. */
export function cardHtml(
	story: CardStory,
	chapter: Words,
	graphic: Capture,
	scale: number
): string {
	const img = fitted(graphic, scale);
	const words = Math.min(MAX_WORDS, WIDTH - MARGIN.left - MARGIN.right - GAP - img.width);
	const phrases = (list: string[]) =>
		list.map((p) => `<span class="phrase">${escapeMarkup(p)}</span>`).join('');
	const c = story.palette;
	return `<!doctype html>
<html lang="${escapeMarkup(story.lang)}">
<head>
<meta charset="utf-8">
<style>
	html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
	body {
		background: ${c.paper};
		color: ${c.ink};
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
	.rule { width: 56px; height: 4px; margin: 0 0 22px; background: ${c.accent}; }
	.label {
		margin: 0 0 12px;
		color: ${c.accent};
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
		border-top: 1px solid ${c.rule};
		color: ${c.muted};
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
		${chapter.label ? `<p class="label">${escapeMarkup(chapter.label)}</p>` : ''}
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
 * Set the card in `page`, and the heading as large as the words' column takes: a Chinese
 * heading's phrases each on a line of their own (they are short), an English one's wrapping
 * freely. Returns the card's pixels.
 */
export async function compose(page: Page, html: string): Promise<PNG> {
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
	return PNG.sync.read(await page.screenshot({ type: 'png' }));
}
