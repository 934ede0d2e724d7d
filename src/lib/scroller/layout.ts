import type { StepState } from './observe';

/**
 * How a scroller lays out. sticky: the page's own scroll moves the steps past a sticky
 * graphic. In an auto-height iframe the frame never scrolls and sticky never sticks, so
 * an embed is either emulated (the parent reports its viewport and the graphic follows
 * it by transform) or stacked (each step followed by its graphic in that step's state).
 */
export type ScrollerLayout = 'sticky' | 'emulated' | 'stacked';

/** The part of an embedded document the reader sees, in that document's coordinates. */
export interface FrameViewport {
	top: number;
	height: number;
}

/** Boxes measured once per resize, relative to the scroller's top (never on scroll). */
export interface ScrollerBoxes {
	/** The scroller's top in its document, and its height. */
	top: number;
	height: number;
	/** The graphic's height. */
	graphic: number;
	/** Each step's top and height, relative to the scroller. */
	steps: { top: number; height: number }[];
}

/**
 * Where the reader reads a step, as a share of the screen's height from its top: its middle
 * beside the graphic; on a phone, where the graphic keeps the upper part of the screen and
 * the cards pass through the lower 36% (Scroller's `--cards`), their middle.
 */
export const READING_LINE = { beside: 0.5, below: 0.82 };

/**
 * The id of a chapter's list of steps beside its graphic (sticky, emulated), which comes
 * right after the graphic: where it starts, that graphic has been read whole. Only the page's
 * first chapter's list is named (none other for `chapter`): it is the one a wide first paint
 * waits for (`firstPaintWaits`), and an id no link or wait uses would name nothing.
 */
export function stepsListId(chapter: string, chapters: readonly string[]): string | undefined {
	return chapter === chapters[0] ? `${chapter}-steps` : undefined;
}

/** An element a first paint waits for: its id, and where (a media query; everywhere if none). */
export interface ExpectedElement {
	id: string;
	media?: string;
}

/** Below this width the graphic stands above the cards (as `Scroller`'s CSS has it). */
export const PHONE_QUERY = '(max-width: 47.99rem)';

/**
 * What a page's first paint waits for, by layout: the elements whose start tags end the wait
 * (`<link rel="expect">`), each where its media query holds; the two queries split every
 * width between them. Where a graphic is centred against its text (beside the steps; stacked,
 * beside its step), a graphic painted half read would move as the rest came in, so the
 * first chapter is read whole: up to its list of steps, which follows the graphic, or,
 * stacked, up to the next chapter. On a phone the graphic is above its text (sticky) or
 * below it (stacked) and grows downward as it is read, moving nothing: only the first
 * chapter's start is waited for, and a slow phone paints 150 to 250 ms sooner at 4x
 * (measured on the story) than when it waited for the whole graphic.
 */
export function firstPaintWaits(
	layout: Exclude<ScrollerLayout, 'emulated'>,
	chapters: readonly string[]
): ExpectedElement[] {
	const [first, second] = chapters;
	const whole = layout === 'sticky' ? first && stepsListId(first, chapters) : second;
	if (!first || !whole) {
		throw new Error(
			`firstPaintWaits: a ${layout} page needs ${layout === 'sticky' ? 'a chapter' : 'two chapters'}, it has ${chapters.length}`
		);
	}
	return [
		{ id: whole, media: `not all and ${PHONE_QUERY}` },
		{ id: first, media: PHONE_QUERY }
	];
}

/**
 * Sticky, emulated: where the graphic sits in its scroller (kept at the top of the view,
 * never outside the scroller), and the step at the reading line `line` with the share of it
 * passed.
 */
export function emulateSticky(
	viewport: FrameViewport,
	boxes: ScrollerBoxes,
	line = READING_LINE.beside
): { offset: number; state: StepState } {
	const top = viewport.top - boxes.top;
	const offset = Math.min(Math.max(top, 0), Math.max(boxes.height - boxes.graphic, 0));
	const middle = top + viewport.height * line;
	for (let i = boxes.steps.length - 1; i >= 0; i--) {
		const step = boxes.steps[i]!;
		if (middle >= step.top) {
			const progress = step.height > 0 ? Math.min((middle - step.top) / step.height, 1) : 1;
			return { offset, state: { index: i, progress } };
		}
	}
	return { offset, state: { index: -1, progress: 0 } };
}
