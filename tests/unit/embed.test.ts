import { describe, expect, it } from 'vitest';
import { childIdFrom, heightMessages, pymMessage, viewportFrom } from '$lib/embed/messages';
import { emulateSticky, type ScrollerBoxes } from '$lib/scroller/layout';
import { qrSvg } from '$lib/share/qr';

describe('embed messages', () => {
	it('takes pym’s child id from the query, and nothing that is not an id', () => {
		expect(childIdFrom('?initialWidth=600&childId=story-1&parentUrl=x')).toBe('story-1');
		expect(childIdFrom('?initialWidth=600')).toBeNull();
		expect(childIdFrom('?childId=a%3Cb')).toBeNull();
		expect(childIdFrom(`?childId=${'a'.repeat(101)}`)).toBeNull();
	});

	it('reports a height in pym’s and AMP’s forms', () => {
		expect(heightMessages('story', 1234)).toEqual([
			'pymxPYMxstoryxPYMxheightxPYMx1234',
			{ sentinel: 'amp', type: 'embed-size', height: 1234 }
		]);
		expect(heightMessages(null, 10)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 10 }]);
	});

	it('reads the parent’s viewport as the slice of this document on screen', () => {
		const message = pymMessage('story', 'viewport-iframe-position', '1280 800 -1500 0 2500 1280');
		expect(viewportFrom(message, 'story')).toEqual({ top: 1500, height: 800 });
	});

	it.each([
		['another child', pymMessage('other', 'viewport-iframe-position', '1280 800 0 0 10 10')],
		['another type', pymMessage('story', 'height', '800')],
		['too few numbers', pymMessage('story', 'viewport-iframe-position', '1280 800 0')],
		['a word for a number', pymMessage('story', 'viewport-iframe-position', '1280 x 0 0 10 10')],
		['a zero viewport', pymMessage('story', 'viewport-iframe-position', '1280 0 0 0 10 10')],
		['a huge number', pymMessage('story', 'viewport-iframe-position', '1280 800 1e9 0 10 10')],
		['an object', { sentinel: 'amp', type: 'embed-size', height: 1 }],
		['a long string', `pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx${'1 '.repeat(200)}`]
	])('ignores %s', (_, message) => {
		expect(viewportFrom(message, 'story')).toBeNull();
	});
});

describe('emulated sticky', () => {
	const boxes: ScrollerBoxes = {
		top: 1000,
		graphic: 800,
		height: 3000,
		steps: [
			{ top: 200, height: 500 },
			{ top: 800, height: 500 },
			{ top: 1400, height: 500 }
		]
	};

	it('keeps the graphic in view while the scroller passes, never outside it', () => {
		expect(emulateSticky({ top: 0, height: 800 }, boxes).offset).toBe(0);
		expect(emulateSticky({ top: 1500, height: 800 }, boxes).offset).toBe(500);
		expect(emulateSticky({ top: 9000, height: 800 }, boxes).offset).toBe(2200);
	});

	it('picks the step at the middle line and how far through it the reader is', () => {
		expect(emulateSticky({ top: 0, height: 800 }, boxes).state).toEqual({ index: -1, progress: 0 });
		// Middle line at 1050 + 400 = 1450 in the document: 450 into the scroller, half of step 0.
		expect(emulateSticky({ top: 1050, height: 800 }, boxes).state).toEqual({
			index: 0,
			progress: 0.5
		});
		expect(emulateSticky({ top: 1700, height: 800 }, boxes).state.index).toBe(1);
		expect(emulateSticky({ top: 5000, height: 800 }, boxes).state).toEqual({
			index: 2,
			progress: 1
		});
	});

	it('on a phone keeps a graphic shorter than the view at the top, and reads lower down', () => {
		const phone = { ...boxes, graphic: 450 };
		// The graphic may go on down until its own bottom meets the scroller's: 3000 − 450.
		expect(emulateSticky({ top: 9000, height: 800 }, phone, 0.75).offset).toBe(2550);
		// The reading line at 1050 + 600 = 1650 in the document: 650 into the scroller, nine
		// tenths through step 0 (where the middle line had it at half).
		expect(emulateSticky({ top: 1050, height: 800 }, phone, 0.75).state).toEqual({
			index: 0,
			progress: 0.9
		});
	});
});

describe('QR codes', () => {
	it('are an SVG of square modules with a quiet zone, titled, and escaped', () => {
		const svg = qrSvg('https://example.org/s/poverty/', 'QR <code> & “title”');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
		expect(svg).toContain('<title>QR &#60;code&#62; &#38; “title”</title>');
		expect(svg).toMatch(/<path d="(M\d+ \d+h1v1h-1z)+" fill="#000"\/>/);
	});
});
