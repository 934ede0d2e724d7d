import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardHtml, fitted, type CardStory } from '../../scripts/images/card';
import {
	CHANGED_PIXELS,
	differs,
	encode,
	parseRgb,
	quantise,
	trim,
	withinBytes
} from '../../scripts/images/png';

const PAPER: [number, number, number] = [253, 252, 250];

/** A `width`×`height` picture of paper, with `ink` pixels (x, y) in black. */
function picture(width: number, height: number, ink: [number, number][] = []): PNG {
	const png = new PNG({ width, height });
	for (let i = 0; i < png.data.length; i += 4) png.data.set([...PAPER, 255], i);
	for (const [x, y] of ink) png.data.set([0, 0, 0, 255], (y * width + x) * 4);
	return png;
}

describe('the PNG work', () => {
	it('reads a computed colour, and says what it cannot read', () => {
		expect(parseRgb('rgb(253, 252, 250)')).toEqual(PAPER);
		expect(parseRgb('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
		expect(() => parseRgb('#fff')).toThrow('images: cannot read the colour #fff');
	});

	it('crops a screenshot to what it draws, with room, in CSS px at its scale', () => {
		const shot = PNG.sync.write(
			picture(100, 80, [
				[40, 30],
				[59, 49]
			])
		);
		const { width, height, png } = trim(shot, PAPER, 2, 'test');
		// 20×20 device pixels of ink and 8 of room each side (4 CSS px at 2×): 36 device px.
		expect([width, height]).toEqual([18, 18]);
		expect([PNG.sync.read(png).width, PNG.sync.read(png).height]).toEqual([36, 36]);
		expect(() => trim(PNG.sync.write(picture(10, 10)), PAPER, 2, '#blank')).toThrow(
			'images: the graphic at #blank is blank'
		);
	});

	it('tells a changed picture from a re-encoded one, by pixels', () => {
		const a = picture(50, 50, [[1, 1]]);
		expect(differs(encode(a), PNG.sync.write(a))).toBeNull();
		const few = picture(50, 50, [
			[1, 1],
			...Array.from({ length: CHANGED_PIXELS + 1 }, (_, i): [number, number] => [i, 10])
		]);
		expect(differs(encode(few), encode(a))).toBe(`${CHANGED_PIXELS + 1} pixels differ`);
		expect(differs(encode(picture(40, 50)), encode(a))).toBe('50×50, not 40×50');
	});

	it('makes fewer shades, and keeps an image within its bytes or says it cannot', () => {
		const noisy = picture(64, 64);
		for (let i = 0; i < noisy.data.length; i++) if (i % 4 !== 3) noisy.data[i] = (i * 7919) % 256;
		const q = quantise(noisy, 8);
		expect(q.data.every((v, i) => i % 4 === 3 || v % 8 === 0 || v === 255)).toBe(true);
		const full = encode(noisy).length;
		expect(withinBytes(noisy, full)).toMatchObject({ how: '' });
		expect(withinBytes(noisy, 10)).toBeNull();
	});
});

describe('the card', () => {
	const story: CardStory = {
		lang: 'en',
		font: 'sans-serif',
		headline: ['Fenxi County in 2020: ', 'going all out'],
		palette: { paper: '#fff', ink: '#111', muted: '#555', rule: '#ddd', accent: '#a4262c' }
	};
	const graphic = { png: Buffer.from('x'), width: 400, height: 300 };

	it('fits the graphic to its box, enlarged at most 1.35 times', () => {
		expect(fitted({ width: 100, height: 100 }, 1)).toEqual({ width: 135, height: 135 });
		const big = fitted({ width: 1000, height: 2000 }, 1);
		expect(big.height).toBeCloseTo(566, 0);
	});

	it('sets the page’s colours, the words escaped, and the label only where there is one', () => {
		const html = cardHtml(story, { label: '', heading: ['A <b> & “c”'], text: '' }, graphic, 1);
		expect(html).toContain('background: #fff');
		expect(html).toContain('background: #a4262c');
		expect(html).toContain('A &lt;b&gt; &amp; “c”');
		expect(html).not.toContain('class="label"');
		const labelled = cardHtml(
			story,
			{ label: 'Area 1 of 8', heading: ['x'], text: '' },
			graphic,
			1
		);
		expect(labelled).toContain('<p class="label">Area 1 of 8</p>');
	});
});
