import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GESTURES, onFirstGesture } from '$lib/islands/gesture';

describe('onFirstGesture', () => {
	// The window, as far as listening goes (the unit tests run without a DOM).
	let page: EventTarget;
	beforeEach(() => {
		page = new EventTarget();
		vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
		vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
	});
	afterEach(() => vi.unstubAllGlobals());

	it('counts a scroll, a key, a press and a move of focus among the gestures', () => {
		expect(GESTURES).toEqual(
			expect.arrayContaining(['scroll', 'keydown', 'pointerdown', 'focusin'])
		);
	});

	for (const gesture of GESTURES) {
		it(`acts once, at the first gesture: ${gesture}`, () => {
			const act = vi.fn();
			onFirstGesture(act);
			page.dispatchEvent(new Event('mousemove'));
			expect(act).not.toHaveBeenCalled();
			page.dispatchEvent(new Event(gesture));
			expect(act).toHaveBeenCalledOnce();
			for (const next of ['scroll', 'keydown', 'pointerdown']) page.dispatchEvent(new Event(next));
			expect(act).toHaveBeenCalledOnce();
		});
	}

	it('stopped, waits no more', () => {
		const act = vi.fn();
		onFirstGesture(act)();
		page.dispatchEvent(new Event('scroll'));
		expect(act).not.toHaveBeenCalled();
	});
});
