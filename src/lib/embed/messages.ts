import type { FrameViewport } from '$lib/scroller/layout';

/**
 * The messages an embedded page exchanges with its parent, as pure functions. Heights go
 * out as pym.js strings (`pymxPYMx<id>xPYMxheightxPYMx<px>`, which pym.js and
 * @newswire/frames read) and as AMP's `embed-size` objects (amp-iframe, frames,
 * sidechain). The only message read is pym's `viewport-iframe-position`.
 */
const SEPARATOR = 'xPYMx';

/** pym's child id: letters, digits, - and _ only, as pym.js makes them; anything else is none. */
export function childIdFrom(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}

export function pymMessage(childId: string, type: string, payload: string | number): string {
	return ['pym', childId, type, String(payload)].join(SEPARATOR);
}

/** The messages that report a height: one for pym's protocol (with an id), one for AMP's. */
export function heightMessages(childId: string | null, height: number): (string | object)[] {
	const amp = { sentinel: 'amp', type: 'embed-size', height };
	return childId ? [pymMessage(childId, 'height', height), amp] : [amp];
}

/**
 * The parent's viewport from pym's `viewport-iframe-position` message for this child:
 * `"<vw> <vh> <top> <left> <bottom> <right>"`, the frame's box in the parent's viewport.
 * Returns the slice of this document the reader sees, or null for any other message, a
 * message for another child, or one whose numbers are not plausible.
 */
export function viewportFrom(data: unknown, childId: string): FrameViewport | null {
	if (typeof data !== 'string' || data.length > 300) return null;
	const prefix = pymMessage(childId, 'viewport-iframe-position', '');
	if (!data.startsWith(prefix)) return null;
	const fields = data.slice(prefix.length).split(' ');
	if (fields.length !== 6 || !fields.every((f) => /^-?\d+(\.\d+)?$/.test(f))) return null;
	const [vw, vh, top, , bottom] = fields.map(Number) as [number, number, number, number, number];
	const limit = 1e7;
	if (vw <= 0 || vh <= 0 || vw > limit || vh > limit || Math.abs(top) > limit) return null;
	if (bottom < top) return null;
	return { top: -top, height: vh };
}
