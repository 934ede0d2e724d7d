import type { ChartId } from '$lib/charts/ids';
import type { ChapterId } from '$lib/extract/chapters';
import { emit } from './emit';
import type { ReaderEvent } from './schema';

/**
 * Chapters entered and charts seen, each told once a page: when at least half of its element
 * is on the reader's screen. One observer for the page, so that what comes into view together
 * is told in the page's order. In a cross-origin frame an observer's root is the reader's
 * screen (not the frame), so the same holds in an embed.
 */
type Sight = Extract<ReaderEvent, { type: 'chapter-entered' | 'chart-seen' }>;

const told = new Set<string>();
const watched = new Map<Element, { sight: Sight; hidden: () => boolean }>();
let observer: IntersectionObserver | undefined;

const key = (sight: Sight) =>
	sight.type === 'chart-seen' ? `chart ${sight.chart}` : `chapter ${sight.chapter}`;

function onSight(entries: IntersectionObserverEntry[]) {
	const seen = entries
		.filter((e) => e.isIntersecting && e.intersectionRatio >= 0.5)
		.map((e) => e.target)
		.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
	for (const element of seen) {
		const watch = watched.get(element);
		if (!watch || told.has(key(watch.sight)) || watch.hidden()) continue;
		told.add(key(watch.sight));
		emit(watch.sight);
		// Told: nothing more to watch it for.
		watched.delete(element);
		observer?.unobserve(element);
	}
}

/**
 * Watches `element` until it is seen while not `hidden()`, and tells `sight` then (if nothing
 * told it before). Returns the clean-up.
 */
function watchSight(element: Element, sight: Sight, hidden = () => false): () => void {
	if (told.has(key(sight))) return () => {};
	observer ??= new IntersectionObserver(onSight, { threshold: [0.5] });
	watched.set(element, { sight, hidden });
	observer.observe(element);
	return () => {
		watched.delete(element);
		observer?.unobserve(element);
	};
}

/** An attachment for a chapter's heading: `chapter-entered` once it is seen. */
export const chapterSight = (chapter: ChapterId) => (heading: Element) =>
	watchSight(heading, { type: 'chapter-entered', chapter });

/**
 * An attachment for the element a chart is drawn in (its first child): `chart-seen` once it
 * is seen while not `hidden(element)`. Made anew when what `hidden` knows changes, so that
 * the chart is looked at again then.
 */
export const chartSight =
	(chart: ChartId, hidden: (element: Element) => boolean = () => false) =>
	(element: Element) =>
		watchSight(element.firstElementChild ?? element, { type: 'chart-seen', chart }, () =>
			hidden(element)
		);
