import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHashFollower } from '$lib/scroller/hash';
import { firstPaintWaits, PHONE_QUERY, stepsListId } from '$lib/scroller/layout';
import { activeStep } from '$lib/scroller/observe';

describe('activeStep', () => {
	it('is -1 before the first step reaches the middle line', () => {
		expect(activeStep([0, 0, 0])).toEqual({ index: -1, progress: 0 });
	});

	it('is the last step that has begun to pass, with its progress', () => {
		expect(activeStep([1, 0.4, 0])).toEqual({ index: 1, progress: 0.4 });
		expect(activeStep([1, 1, 1])).toEqual({ index: 2, progress: 1 });
	});

	it('stays on a finished step while the gap before the next one passes', () => {
		expect(activeStep([1, 1, 0])).toEqual({ index: 1, progress: 1 });
	});
});

describe('createHashFollower', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('replaces at once, then at most once per interval with the latest chapter', () => {
		const calls: string[] = [];
		const hash = createHashFollower((h) => calls.push(h), 400);
		hash.follow('intro');
		hash.follow('framework');
		hash.follow('poverty');
		expect(calls).toEqual(['#intro']);
		vi.advanceTimersByTime(400);
		expect(calls).toEqual(['#intro', '#poverty']);
		vi.advanceTimersByTime(4000);
		expect(calls).toEqual(['#intro', '#poverty']);
	});

	it('does not repeat the current chapter, and clears the hash above the first', () => {
		const calls: string[] = [];
		const hash = createHashFollower((h) => calls.push(h), 400);
		hash.follow('city');
		vi.advanceTimersByTime(400);
		hash.follow('city');
		vi.advanceTimersByTime(400);
		hash.follow(null);
		expect(calls).toEqual(['#city', '']);
	});

	it('survives a browser that refuses the call, backs off, and then sets the latest chapter', () => {
		const calls: string[] = [];
		let refuse = true;
		const hash = createHashFollower((h) => {
			if (refuse) {
				throw new DOMException('Attempt to use history.replaceState() too often', 'SecurityError');
			}
			calls.push(h);
		}, 400);
		expect(() => hash.follow('reform')).not.toThrow();
		refuse = false;
		vi.advanceTimersByTime(400);
		expect(calls).toEqual([]);
		hash.follow('safety');
		vi.advanceTimersByTime(3600);
		expect(calls).toEqual(['#safety']);
	});
});

describe('firstPaintWaits', () => {
	const chapters = ['intro', 'poverty', 'outlook'];

	it("names only the first chapter's list of steps, the one a wide first paint waits for", () => {
		expect(chapters.map((c) => stepsListId(c, chapters))).toEqual([
			'intro-steps',
			undefined,
			undefined
		]);
		expect(stepsListId('intro', [])).toBeUndefined();
	});

	it('waits for the first graphic read whole where it is centred, for the first chapter on a phone', () => {
		expect(firstPaintWaits('sticky', chapters)).toEqual([
			{ id: stepsListId('intro', chapters), media: `not all and ${PHONE_QUERY}` },
			{ id: 'intro', media: PHONE_QUERY }
		]);
		// Stacked, the first chapter is read whole when the second starts.
		expect(firstPaintWaits('stacked', chapters)).toEqual([
			{ id: 'poverty', media: `not all and ${PHONE_QUERY}` },
			{ id: 'intro', media: PHONE_QUERY }
		]);
	});

	it('says what is missing rather than wait for an element the page lacks', () => {
		expect(() => firstPaintWaits('stacked', ['intro'])).toThrow(
			'firstPaintWaits: a stacked page needs two chapters, it has 1'
		);
		expect(() => firstPaintWaits('sticky', [])).toThrow(
			'firstPaintWaits: a sticky page needs a chapter, it has 0'
		);
	});
});
