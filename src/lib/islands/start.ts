import { hydrate, unmount, type Component } from 'svelte';
import { onFirstGesture } from './gesture';
import { wakeIslands } from './wake';

/** An island of the page: its prerendered place, and the component and props it wakes with. */
export interface Island {
	element: HTMLElement;
	// Each island's own component and props: any, as the page has several kinds.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	props: Record<string, unknown>;
}

/**
 * An island page's whole life in the browser: fetches the islands' data from `source` (the
 * page does not carry it), then wakes the islands `islands` makes of it, those on the screen
 * first and the rest from the reader's first gesture on (see `wakeIslands`); in a frame,
 * where the parent page scrolls and has the reader's gestures, all at once. If the data
 * cannot be had, the page stays as it was prerendered (`<html data-static>`): readable, its
 * graphics in their final state. Returns how to put every island back to sleep.
 */
export function startIslands<Data>(
	source: string,
	islands: (data: Data) => Island[],
	on: { screen: () => void; all: () => void }
): () => void {
	let woken: { rest: () => void; stop: () => void } | undefined;
	let gone = false;
	let rest = window.parent !== window;
	const stopWaiting = onFirstGesture(() => {
		rest = true;
		woken?.rest();
	});
	fetch(source)
		.then((response) => {
			if (!response.ok) throw new Error(`${source}: ${response.status}`);
			return response.json() as Promise<Data>;
		})
		.then(
			(data) => {
				if (gone) return;
				woken = wakeIslands(
					islands(data),
					({ element, component, props }) => {
						const island = hydrate(component, { target: element, props });
						return () => unmount(island);
					},
					on
				);
				if (rest) woken.rest();
			},
			() => (document.documentElement.dataset.static = '')
		);
	return () => {
		gone = true;
		stopWaiting();
		woken?.stop();
	};
}
