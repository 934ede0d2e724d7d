import type { FrameViewport } from '$lib/scroller/layout';
import { childIdFrom, heightMessages, pymMessage, viewportFrom } from './messages';

/**
 * Makes this page a well-behaved embedded child, when it is framed: it reports its height
 * to the parent whenever that changes, asks a pym.js parent for its viewport (at once, and
 * again whenever one of `watched()` shows or hides on the reader's screen, so that a parent
 * that does not track scrolling still answers as the reader scrolls), and hands on each
 * viewport the parent reports. It acts only on messages from its own parent window,
 * validated field by field; it never navigates or writes markup because of one, and sends
 * nothing but its height and its requests for the viewport (the reader's events are sent
 * apart: $lib/events). Returns the clean-up.
 */
export function startEmbedChild(
	onViewport: (viewport: FrameViewport) => void,
	watched: () => readonly Element[] = () => []
): { stop: () => void; rewatch: () => void } {
	if (window.parent === window) return { stop: () => {}, rewatch: () => {} };
	const childId = childIdFrom(location.search);
	const send = (message: string | object) => window.parent.postMessage(message, '*');

	let last = -1;
	const report = () => {
		// pym.js and sidechain measure the body or the root as laid out: the same here.
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		for (const message of heightMessages(childId, height)) send(message);
	};
	const resize = new ResizeObserver(report);
	resize.observe(document.documentElement);
	report();

	const onMessage = (event: MessageEvent) => {
		if (event.source !== window.parent || !childId) return;
		const viewport = viewportFrom(event.data, childId);
		if (viewport) onViewport(viewport);
	};
	addEventListener('message', onMessage);
	if (!childId) {
		return {
			stop: () => {
				resize.disconnect();
				removeEventListener('message', onMessage);
			},
			rewatch: () => {}
		};
	}
	const ask = () => send(pymMessage(childId, 'parentPositionInfo', ''));
	ask();
	// In a cross-origin frame an observer's root is the reader's screen: what it reports
	// changing means the parent scrolled us. One request a frame at most.
	let asked = false;
	const visibility = new IntersectionObserver(
		() => {
			if (asked) return;
			asked = true;
			requestAnimationFrame(() => {
				asked = false;
				ask();
			});
		},
		{ threshold: [0, 0.25, 0.5, 0.75, 1] }
	);
	const rewatch = () => {
		visibility.disconnect();
		for (const element of watched()) visibility.observe(element);
	};
	rewatch();

	return {
		stop: () => {
			resize.disconnect();
			visibility.disconnect();
			removeEventListener('message', onMessage);
		},
		// The layout changed (stacked → emulated): watch the elements now on the page.
		rewatch
	};
}
