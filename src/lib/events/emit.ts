import { childIdFrom, pymMessage } from '$lib/embed/messages';
import { EVENT_NAME, readerMessage, type ReaderEvent } from './schema';

/**
 * Tells the page and its host of a reader's event: a `CustomEvent` on `window` (the story
 * page's own scripts, a site's analytics), and, in a frame, a message to the parent as a
 * plain object and, where a pym.js parent made the frame, as a pym message of type
 * `fenxi-story` whose payload is the same object as JSON.
 */
export function emit(event: ReaderEvent) {
	const message = readerMessage(event, document.documentElement.lang);
	dispatchEvent(new CustomEvent(EVENT_NAME, { detail: message }));
	if (window.parent === window) return;
	window.parent.postMessage(message, '*');
	const childId = childIdFrom(location.search);
	if (childId)
		window.parent.postMessage(pymMessage(childId, EVENT_NAME, JSON.stringify(message)), '*');
}
