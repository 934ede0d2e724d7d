import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillIslands, PARSER_YIELD } from '$lib/islands/fill';
import { wakeIslands } from '$lib/islands/wake';

describe('fillIslands', () => {
	const page =
		'<main><section><div class="chapter-body svelte-1" data-island="intro"></div></section>' +
		'<section><div class="chapter-body svelte-1" data-island="poverty"></div></section></main>';

	it('writes each island into its place, each followed by an empty script, and nothing else', () => {
		expect(PARSER_YIELD).toBe('<script></script>');
		expect(
			fillIslands(page, { intro: '<!--[--><p>a</p><!--]-->', poverty: '<!--[-->b<!--]-->' })
		).toBe(
			'<main><section><div class="chapter-body svelte-1" data-island="intro"><!--[--><p>a</p><!--]--><script></script></div></section>' +
				'<section><div class="chapter-body svelte-1" data-island="poverty"><!--[-->b<!--]--><script></script></div></section></main>'
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

	/** Runs `n` tasks: the next `n` timers. */
	const tasks = (n: number) => {
		for (let i = 0; i < n; i++) vi.advanceTimersToNextTimer();
	};

	/** An island whose box is at `top`..`bottom` on the screen (800 high), in one part. */
	const island = (id: string, top: number, bottom: number) => ({
		id,
		element: {
			getBoundingClientRect: () => ({ top, bottom }),
			children: [
				{ firstElementChild: null, getBoundingClientRect: () => {}, hasAttribute: () => false }
			],
			dataset: {}
		} as unknown as HTMLElement
	});

	/** Wakes `islands`, recording which woke and when the screen's and all were awake. */
	const record = (islands: ReturnType<typeof island>[]) => {
		const log: string[] = [];
		const control = wakeIslands(
			islands,
			(i) => {
				log.push(i.id);
				return () => log.push(`slept ${i.id}`);
			},
			{ screen: () => log.push('screen'), all: () => log.push('all') }
		);
		return { log, ...control };
	};

	it('wakes those on the screen one a task, nearest its middle first; the rest when asked', () => {
		const { log, rest } = record([
			island('above', -2000, -1000),
			island('far', 3000, 4000),
			island('bottom', 700, 1500),
			island('here', 100, 690),
			island('next', 1000, 2000)
		]);
		// Nothing in the task that started it: the page's own start-up ends first. Nor in the
		// next, which measures, nor in the one that lays out the first to wake.
		expect(log).toEqual([]);
		tasks(2);
		expect(log).toEqual([]);
		tasks(1);
		expect(log).toEqual(['here']);
		tasks(2);
		expect(log).toEqual(['here', 'bottom']);
		vi.runAllTimers();
		// Off the screen, nothing wakes until the reader does something.
		expect(log).toEqual(['here', 'bottom', 'screen']);
		rest();
		tasks(3);
		expect(log).toEqual(['here', 'bottom', 'screen', 'next']);
		vi.runAllTimers();
		expect(log).toEqual(['here', 'bottom', 'screen', 'next', 'above', 'far', 'all']);
	});

	it('measures once a round and lays out each island before it wakes, and each part laid out on its own, a task each', () => {
		const log: string[] = [];
		/** A child of an island, read at its own box or, where it has one, a box inside it. */
		const part = (read: string, { inside, own = false }: { inside: boolean; own?: boolean }) => ({
			firstElementChild: inside ? { getBoundingClientRect: () => log.push(read) } : null,
			getBoundingClientRect: () => log.push(inside ? `only the box of: ${read}` : read),
			hasAttribute: (name: string) => own && name === 'data-own-layout'
		});
		const measured = (id: string, top: number) => ({
			id,
			element: {
				getBoundingClientRect: () => (log.push(`measured ${id}`), { top, bottom: top + 300 }),
				children: [
					// The first part: the rest of the island is laid out with it.
					part(`laid out ${id}'s scroller`, { inside: false }),
					// Laid out with the first: not read again.
					part(`read ${id}'s share again`, { inside: false }),
					// Laid out on its own: read inside it.
					part(`laid out ${id}'s overview`, { inside: true, own: true })
				],
				dataset: {}
			} as unknown as HTMLElement
		});
		wakeIslands([measured('a', 200), measured('b', 600)], (i) => (log.push(i.id), () => {}), {
			screen: () => {},
			all: () => {}
		});
		const taskByTask: string[][] = [];
		while (vi.getTimerCount() > 0) {
			const before = log.length;
			tasks(1);
			taskByTask.push(log.slice(before));
		}
		expect(taskByTask).toEqual([
			['measured a', 'measured b'],
			["laid out a's scroller"],
			["laid out a's overview"],
			['a'],
			["laid out b's scroller"],
			["laid out b's overview"],
			['b'],
			[]
		]);
	});

	it('marks each island’s place while it is awake', () => {
		const islands = [island('a', 0, 500), island('b', 900, 1200)];
		const { rest, stop } = record(islands);
		vi.runAllTimers();
		expect(islands.map((i) => 'awake' in i.element.dataset)).toEqual([true, false]);
		rest();
		vi.runAllTimers();
		expect(islands.map((i) => 'awake' in i.element.dataset)).toEqual([true, true]);
		stop();
		expect(islands.map((i) => 'awake' in i.element.dataset)).toEqual([false, false]);
	});

	it('asked for the rest while the screen’s are waking, wakes them after, then says all', () => {
		const { log, rest } = record([island('far', 2000, 3000), island('here', 0, 500)]);
		vi.advanceTimersToNextTimer();
		rest();
		rest();
		vi.runAllTimers();
		expect(log).toEqual(['here', 'screen', 'far', 'all']);
	});

	it('with every island on the screen, all are awake without being asked', () => {
		const { log } = record([island('a', 0, 400), island('b', 400, 800)]);
		vi.runAllTimers();
		expect(log).toEqual(['a', 'b', 'screen', 'all']);
	});

	it('stops: the woken go back to sleep, the rest are never woken', () => {
		const { log, rest, stop } = record([
			island('a', 0, 500),
			island('b', 600, 900),
			island('c', 2000, 3000)
		]);
		rest();
		tasks(5);
		stop();
		vi.runAllTimers();
		rest();
		vi.runAllTimers();
		expect(log).toEqual(['a', 'b', 'slept a', 'slept b']);
	});
});
