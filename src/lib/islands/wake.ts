/**
 * Wakes the islands of a prerendered page one by one, each in a task of its own so that the
 * browser can paint, scroll and answer a tap in between: the one nearest the middle of the
 * screen first, then outward. `wake` hydrates one and returns how to put it back to sleep;
 * `done` is called once all are awake. Returns how to stop: the rest stay asleep.
 */
export function wakeIslands<T extends { element: HTMLElement }>(
	islands: readonly T[],
	wake: (island: T) => () => void,
	done: () => void
): () => void {
	let queue: T[] | undefined;
	const sleeps: (() => void)[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(next);

	function next() {
		// Measured once, in the first task after the page's own start-up: one layout.
		queue ??= nearestFirst(islands);
		const island = queue.shift();
		if (!island) {
			timer = undefined;
			done();
			return;
		}
		sleeps.push(wake(island));
		timer = setTimeout(next);
	}

	return () => {
		clearTimeout(timer);
		for (const sleep of sleeps) sleep();
	};
}

/** The islands by their distance from the middle line of the screen, nearest first. */
function nearestFirst<T extends { element: HTMLElement }>(islands: readonly T[]): T[] {
	const middle = innerHeight / 2;
	const distance = ({ element }: T) => {
		const box = element.getBoundingClientRect();
		return box.top > middle ? box.top - middle : box.bottom < middle ? middle - box.bottom : 0;
	};
	return islands
		.map((island) => ({ island, distance: distance(island) }))
		.sort((a, b) => a.distance - b.distance)
		.map((x) => x.island);
}
