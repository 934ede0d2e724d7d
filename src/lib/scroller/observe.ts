/**
 * Scroll position from IntersectionObserver alone: nothing here reads layout or runs
 * on every scroll event. The root is the viewport stretched far upward (past the top of any
 * page: an element the reader jumps from above it to below it must leave the root, or no
 * change is reported) and cut off at a reading line (its middle, unless said otherwise), so
 * a step's intersection ratio is exactly the share of it that has passed the line: its
 * progress. The line is a percent margin, which follows resizes and rotations unmeasured.
 */
const rootMargin = (line: number) => `1000000px 0px -${Math.round((1 - line) * 1000) / 10}% 0px`;

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

/**
 * Watches steps; calls `onChange` with the active step whenever it or its progress changes.
 * `line` is the reading line, as a share of the screen's height from its top.
 */
export function observeSteps(
	steps: readonly Element[],
	onChange: (state: StepState) => void,
	line = 0.5
): () => void {
	const shares = steps.map(() => 0);
	const thresholds = Array.from({ length: 101 }, (_, i) => i / 100);
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) shares[steps.indexOf(entry.target)] = passedShare(entry);
			onChange(activeStep(shares));
		},
		{ rootMargin: rootMargin(line), threshold: thresholds }
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
		{ rootMargin: rootMargin(0.5), threshold: 0 }
	);
	for (const section of sections) observer.observe(section);
	return () => observer.disconnect();
}
