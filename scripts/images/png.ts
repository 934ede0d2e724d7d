/**
 * The PNG work of the share images, as pure functions of pixels: crop a screenshot to what it
 * draws, tell whether two images differ as pictures, and make an image smaller.
 */
import { PNG } from 'pngjs';

/** An RGB colour, each channel 0–255. */
export type Rgb = [number, number, number];

/** A CSS colour as computed (`rgb(…)` or `rgba(…)`), as RGB. */
export function parseRgb(css: string): Rgb {
	const m = css.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
	if (!m) throw new Error(`images: cannot read the colour ${css}`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A picture cropped to what it draws, as a PNG, with its size in CSS px. */
export interface Capture {
	png: Buffer;
	width: number;
	height: number;
}

/**
 * `shot` cropped to what differs from the paper (by more than a few shades), with `pad`
 * device pixels of room; its CSS size at `scale` device pixels a px. Blank is an error
 * naming `where`.
 */
export function trim(shot: Buffer, paper: Rgb, scale: number, where: string): Capture {
	const png = PNG.sync.read(shot);
	const { width, height, data } = png;
	let [top, bottom, left, right] = [height, -1, width, -1];
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const ink = [0, 1, 2].some((c) => Math.abs(data[i + c]! - paper[c]!) > 6);
			if (!ink) continue;
			top = Math.min(top, y);
			bottom = Math.max(bottom, y);
			left = Math.min(left, x);
			right = Math.max(right, x);
		}
	if (bottom < 0) throw new Error(`images: the graphic at ${where} is blank`);
	const pad = 4 * scale;
	[top, left] = [Math.max(0, top - pad), Math.max(0, left - pad)];
	[bottom, right] = [Math.min(height - 1, bottom + pad), Math.min(width - 1, right + pad)];
	const out = new PNG({ width: right - left + 1, height: bottom - top + 1 });
	PNG.bitblt(png, out, left, top, out.width, out.height, 0, 0);
	return { png: PNG.sync.write(out), width: out.width / scale, height: out.height / scale };
}

/**
 * How many pixels of an image may change past a few shades and it still be the same picture:
 * a glyph's edge rasterised a hair differently is a few; one changed digit is a hundred or more.
 */
export const CHANGED_PIXELS = 24;

/**
 * How `now` differs from `before` as a picture, or null if it does not: by pixels, not bytes
 * (another build of zlib would change the bytes, not the picture).
 */
export function differs(now: Buffer, before: Buffer): string | null {
	const [a, b] = [PNG.sync.read(now), PNG.sync.read(before)];
	if (a.width !== b.width || a.height !== b.height)
		return `${b.width}×${b.height}, not ${a.width}×${a.height}`;
	let changed = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		if ([0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > 24)) changed++;
	}
	return changed > CHANGED_PIXELS ? `${changed} pixels differ` : null;
}

/** As small a PNG as the pixels allow: no alpha, best compression. */
export function encode(png: PNG): Buffer {
	return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, deflateLevel: 9 });
}

/** Fewer shades of each channel (every `step`th), for an image that will not compress enough. */
export function quantise(png: PNG, step: number): PNG {
	const out = new PNG({ width: png.width, height: png.height });
	for (let i = 0; i < png.data.length; i++)
		out.data[i] = i % 4 === 3 ? 255 : Math.min(255, Math.round(png.data[i]! / step) * step);
	return out;
}

/**
 * `png` encoded within `max` bytes: as it is, else with fewer shades; null if even that is
 * over. Returns how it was made smaller.
 */
export function withinBytes(png: PNG, max: number): { bytes: Buffer; how: string } | null {
	const bytes = encode(png);
	if (bytes.length <= max) return { bytes, how: '' };
	for (const step of [4, 8]) {
		const fewer = encode(quantise(png, step));
		if (fewer.length <= max) return { bytes: fewer, how: ` (${256 / step} shades)` };
	}
	return null;
}
