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

/** The JSON at `source`, or an error that names it. */
export async function fetchJson<Data>(source: string): Promise<Data> {
	const response = await fetch(source);
	if (!response.ok) throw new Error(`${source}: ${response.status}`);
	return (await response.json()) as Data;
}

/**
 * An island page's whole life in the browser: loads the islands' data (`data`: the page does
 * not carry it) and their components (`code`: a chunk of their own) side by side, then wakes
 * the islands `islands` makes of them, those on the screen first and the rest from the
 * reader's first gesture on (see `wakeIslands`); in a frame, where the parent page scrolls
 * and has the reader's gestures, all at once. If either cannot be had, the page stays as it
 * was prerendered (`<html data-static>`): readable, its graphics in their final state.
 * Returns how to put every island back to sleep.
 */
export function startIslands<Data, Code>(
	data: () => Promise<Data>,
	code: () => Promise<Code>,
	islands: (data: Data, code: Code) => Island[],
	on: { screen: () => void; all: () => void }
): () => void {
	let woken: { rest: () => void; stop: () => void } | undefined;
	let gone = false;
	let rest = window.parent !== window;
	const stopWaiting = onFirstGesture(() => {
		rest = true;
		woken?.rest();
	});
	// In a task of its own: this is called from the page's hydration, on a slow phone a long
	// enough task without the requests and the chunk's import.
	const loading = setTimeout(() =>
		Promise.all([data(), code()]).then(
			([data, code]) => {
				if (gone) return;
				woken = wakeIslands(
					islands(data, code),
					({ element, component, props }) => {
						const island = hydrate(component, { target: element, props });
						return () => unmount(island);
					},
					on
				);
				if (rest) woken.rest();
			},
			() => (document.documentElement.dataset.static = '')
		)
	);
	return () => {
		gone = true;
		clearTimeout(loading);
		stopWaiting();
		woken?.stop();
	};
}
