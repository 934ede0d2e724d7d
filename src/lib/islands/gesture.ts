/**
 * What a reader does first on a page: scroll it, turn a wheel, touch, press a key or a button,
 * or move focus (a screen reader's cursor can, and its clicks come without a press first).
 */
export const GESTURES = [
	'scroll',
	'wheel',
	'touchstart',
	'keydown',
	'pointerdown',
	'focusin',
	'click'
] as const;

/**
 * Calls `act` once, at the reader's first gesture anywhere on the page (a scroll inside any
 * element counts). Returns how to stop waiting for it.
 */
export function onFirstGesture(act: () => void): () => void {
	const options = { capture: true, passive: true } as const;
	const stop = () => {
		for (const type of GESTURES) removeEventListener(type, handle, options);
	};
	const handle = () => {
		stop();
		act();
	};
	for (const type of GESTURES) addEventListener(type, handle, options);
	return stop;
}
