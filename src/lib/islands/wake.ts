/**
 * Wakes the islands of a prerendered page one by one, each in a task of its own so that the
 * browser can paint, scroll and answer a tap in between, nearest the middle of the screen
 * first. At first only the islands on the screen are woken: the rest wait for `rest()` (the
 * reader's first gesture, or a parent page that drives a frame), so that a phone's start-up
 * does no work for chapters the reader has not reached. `wake` hydrates one and returns how to
 * put it back to sleep; `screen` is called once those on the screen are awake, `all` once
 * every island is. Each island's place says `data-awake` while it is.
 */
export function wakeIslands<T extends { element: HTMLElement }>(
	islands: readonly T[],
	wake: (island: T) => () => void,
	{ screen, all }: { screen: () => void; all: () => void }
): { rest: () => void; stop: () => void } {
	const asleep = [...islands];
	const sleeps: (() => void)[] = [];
	let resting = false;
	let screenAwake = false;
	let queue: { island: T; unlaid: Element[] }[] | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(next);

	function next() {
		timer = undefined;
		if (queue === undefined) {
			// Measured once a round, in a task of its own: its layout (of chapters laid out
			// only as they come near) is never added to an island's hydration.
			queue = byDistance(asleep)
				.filter(({ onScreen }) => resting || onScreen)
				.map(({ island }) => ({ island, unlaid: layoutParts(island.element) }));
			timer = setTimeout(next);
			return;
		}
		const first = queue[0];
		const part = first?.unlaid.shift();
		if (part) {
			// Its content laid out in tasks of their own too: a chapter not yet laid out (its
			// layout waits until it comes near) would be, inside its hydration, by the first
			// size a chart reads there. Read inside the part, which may be laid out on its own.
			(part.firstElementChild ?? part).getBoundingClientRect();
			timer = setTimeout(next);
			return;
		}
		queue.shift();
		if (first) {
			const { island } = first;
			asleep.splice(asleep.indexOf(island), 1);
			const sleep = wake(island);
			island.element.dataset.awake = '';
			sleeps.push(() => {
				sleep();
				delete island.element.dataset.awake;
			});
			timer = setTimeout(next);
			return;
		}
		queue = undefined;
		if (!screenAwake) {
			screenAwake = true;
			screen();
		}
		if (asleep.length === 0) all();
		// The rest were asked for while the screen's were waking: a round for them, measured now.
		else if (resting) timer = setTimeout(next);
	}

	return {
		rest() {
			if (resting) return;
			resting = true;
			if (screenAwake && timer === undefined && asleep.length > 0) timer = setTimeout(next);
		},
		stop() {
			clearTimeout(timer);
			timer = undefined;
			asleep.length = 0;
			for (const sleep of sleeps) sleep();
		}
	};
}

/**
 * The parts that lay out an island, a task each: its first, with which the rest of it is laid
 * out, and then each laid out on its own (`data-own-layout`: its own `content-visibility`),
 * whose layout would otherwise wait until it came near, or fall in the island's hydration.
 */
function layoutParts(element: HTMLElement): Element[] {
	return [...element.children].filter((part, i) => i === 0 || part.hasAttribute('data-own-layout'));
}

/** The islands by their distance from the middle line of the screen, nearest first. */
function byDistance<T extends { element: HTMLElement }>(
	islands: readonly T[]
): { island: T; distance: number; onScreen: boolean }[] {
	const middle = innerHeight / 2;
	return islands
		.map((island) => {
			const { top, bottom } = island.element.getBoundingClientRect();
			const distance = top > middle ? top - middle : bottom < middle ? middle - bottom : 0;
			return { island, distance, onScreen: bottom > 0 && top < innerHeight };
		})
		.sort((a, b) => a.distance - b.distance);
}
