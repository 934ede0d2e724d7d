import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardHtml, fitted, type CardStory } from '../../scripts/images/card';
import {
	CHANGED_PIXELS,
	differs,
	encode,
	encodeIndexed,
	parseRgb,
	quantise,
	readText,
	trim,
	withinBytes,
	withText
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
		expect(withinBytes(noisy, full)!.bytes.length).toBeLessThanOrEqual(full);
		expect(withinBytes(noisy, 10)).toBeNull();
	});

	it('writes few colours as a palette, losing nothing', () => {
		const drawn = picture(60, 40, [
			[1, 1],
			[30, 20]
		]);
		for (let x = 0; x < 60; x++) drawn.data.set([164, 38, 44, 255], (10 * 60 + x) * 4);
		const { bytes, changed } = encodeIndexed(drawn);
		expect(changed).toBe(0);
		expect(bytes.readUInt8(25), 'colour type: indexed').toBe(3);
		expect(PNG.sync.read(bytes).data.equals(PNG.sync.read(encode(drawn)).data)).toBe(true);
		expect(withinBytes(drawn, 10_000)?.how).toBe(' (256 colours)');
	});

	it('maps more than 256 colours to the nearest of the commonest, and counts what changed', () => {
		const many = picture(32, 32);
		// 1,024 colours: 256 of them four pixels each, the rest one pixel each.
		for (let i = 0; i < 32 * 32; i++)
			many.data.set(i < 1024 - 256 * 3 ? [i, 0, 0, 255] : [(i * 3) % 256, 255, 0, 255], i * 4);
		const { bytes, changed } = encodeIndexed(many);
		const back = PNG.sync.read(bytes);
		expect([back.width, back.height]).toEqual([32, 32]);
		expect(changed).toBeGreaterThan(0);
		expect(changed).toBeLessThan(32 * 32);
	});

	it('carries its words as text chunks, in UTF-8, and reads them back', () => {
		const png = encode(picture(8, 8));
		const text = { Title: '聚焦巩固提升，决胜脱贫攻坚', Description: 'line one\nline “two”' };
		const written = withText(png, text);
		expect(readText(written)).toEqual(text);
		expect(PNG.sync.read(written).width, 'still a PNG').toBe(8);
		expect(() => withText(png.subarray(0, png.length - 4), text)).toThrow('IEND');
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
