/**
 * Scroll position from IntersectionObserver alone: nothing here reads layout or runs
 * on every scroll event. The root is the viewport stretched ten screens upward and cut
 * off at its middle line, so a step's intersection ratio is exactly the share of it that
 * has passed the middle of the screen: its progress. Percent margins follow resizes and
 * rotations without any measuring.
 */
const ROOT_MARGIN = '1000% 0px -50% 0px';

/** Progress 0–1 of an entry's target past the middle line; above the root counts as passed. */
function passedShare(entry: IntersectionObserverEntry): number {
	if (entry.isIntersecting) return entry.intersectionRatio;
	return entry.boundingClientRect.top < 0 ? 1 : 0;
}

/** The step at the middle line and how far through it the reader is. */
export interface StepState {
	/** -1 before the first step reaches the middle of the screen. */
	index: number;
	progress: number;
}

/** From each step's passed share: the last step that has begun to pass, and its share. */
export function activeStep(shares: readonly number[]): StepState {
	for (let i = shares.length - 1; i >= 0; i--) {
		if (shares[i]! > 0) return { index: i, progress: shares[i]! };
	}
	return { index: -1, progress: 0 };
}

/** Watches steps; calls `onChange` with the active step whenever it or its progress changes. */
export function observeSteps(
	steps: readonly Element[],
	onChange: (state: StepState) => void
): () => void {
	const shares = steps.map(() => 0);
	const thresholds = Array.from({ length: 101 }, (_, i) => i / 100);
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) shares[steps.indexOf(entry.target)] = passedShare(entry);
			onChange(activeStep(shares));
		},
		{ rootMargin: ROOT_MARGIN, threshold: thresholds }
	);
	for (const step of steps) observer.observe(step);
	return () => observer.disconnect();
}

/** Watches sections; calls `onChange` with the index of the one at the middle line, or -1. */
export function observeSections(
	sections: readonly Element[],
	onChange: (index: number) => void
): () => void {
	const passed = sections.map(() => false);
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				passed[sections.indexOf(entry.target)] = passedShare(entry) > 0;
			}
			onChange(passed.lastIndexOf(true));
		},
		{ rootMargin: ROOT_MARGIN, threshold: 0 }
	);
	for (const section of sections) observer.observe(section);
	return () => observer.disconnect();
}
