import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillIslands } from '$lib/islands/fill';
import { wakeIslands } from '$lib/islands/wake';

describe('fillIslands', () => {
	const page =
		'<main><section><div class="chapter-body svelte-1" data-island="intro"></div></section>' +
		'<section><div class="chapter-body svelte-1" data-island="poverty"></div></section></main>';

	it('writes each island into its place, and nothing else', () => {
		expect(
			fillIslands(page, { intro: '<!--[--><p>a</p><!--]-->', poverty: '<!--[-->b<!--]-->' })
		).toBe(
			'<main><section><div class="chapter-body svelte-1" data-island="intro"><!--[--><p>a</p><!--]--></div></section>' +
				'<section><div class="chapter-body svelte-1" data-island="poverty"><!--[-->b<!--]--></div></section></main>'
		);
		expect(fillIslands('<p>no islands</p>', {})).toBe('<p>no islands</p>');
	});

	it('refuses a place without its island, an island without its place, and a place twice', () => {
		expect(() => fillIslands(page, { intro: 'a' })).toThrow(
			'islands: the page has a place for "poverty" but no island'
		);
		expect(() => fillIslands(page, { intro: 'a', poverty: 'b', city: 'c', safety: 'd' })).toThrow(
			'islands: no place in the page for "city", "safety"'
		);
		expect(() =>
			fillIslands(`${page}<div data-island="intro"></div>`, { intro: 'a', poverty: 'b' })
		).toThrow('islands: the page has two places for "intro"');
	});
});

describe('wakeIslands', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('innerHeight', 800);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	/** An island whose box is at `top`..`bottom` on the screen. */
	const island = (id: string, top: number, bottom: number) => ({
		id,
		element: { getBoundingClientRect: () => ({ top, bottom }) } as HTMLElement
	});

	it('wakes one island a task, nearest the middle of the screen first, then says so', () => {
		const woken: string[] = [];
		const done = vi.fn();
		wakeIslands(
			[
				island('above', -2000, -1000),
				island('far', 3000, 4000),
				island('here', 100, 900),
				island('next', 1000, 2000)
			],
			(i) => {
				woken.push(i.id);
				return () => {};
			},
			done
		);
		// Nothing in the task that started it: the page's own start-up ends first.
		expect(woken).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(woken).toEqual(['here']);
		vi.advanceTimersToNextTimer();
		expect(woken).toEqual(['here', 'next']);
		expect(done).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(woken).toEqual(['here', 'next', 'above', 'far']);
		expect(done).toHaveBeenCalledOnce();
	});

	it('stops: the woken go back to sleep, the rest are never woken', () => {
		const woken: string[] = [];
		const slept: string[] = [];
		const stop = wakeIslands(
			[island('a', 0, 500), island('b', 600, 900), island('c', 2000, 3000)],
			(i) => {
				woken.push(i.id);
				return () => slept.push(i.id);
			},
			() => {}
		);
		vi.advanceTimersToNextTimer();
		vi.advanceTimersToNextTimer();
		stop();
		vi.runAllTimers();
		expect(woken).toEqual(['a', 'b']);
		expect(slept).toEqual(['a', 'b']);
	});
});
