/**
 * The PNG work of the share images, as pure functions of pixels: crop a screenshot to what it
 * draws, tell whether two images differ as pictures, and make an image smaller.
 */
import { crc32, deflateSync } from 'node:zlib';
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
 * `png` as an indexed-colour PNG: a palette of at most 256 colours, each pixel a byte. Lossless
 * where the image has no more colours; else each pixel takes the nearest of its 256 commonest
 * (text's anti-aliased edges are most of the rest). A third of the RGB file's size, or less.
 * Returns it with how many pixels changed past a few shades (as `differs` counts them).
 */
export function encodeIndexed(png: PNG): { bytes: Buffer; changed: number } {
	const { width, height, data } = png;
	const counts = new Map<number, number>();
	for (let i = 0; i < data.length; i += 4) {
		const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
		counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
	}
	const palette = [...counts]
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.slice(0, 256)
		.map(([rgb]) => rgb);
	const index = new Map(palette.map((rgb, i) => [rgb, i]));
	const channels = (rgb: number) => [rgb >> 16, (rgb >> 8) & 255, rgb & 255];
	/** Colours whose nearest is more than a few shades off in a channel. */
	const far = new Set<number>();
	const nearest = (rgb: number) => {
		const c = channels(rgb);
		let best = 0;
		let distance = Infinity;
		palette.forEach((p, i) => {
			const d = channels(p).reduce((sum, v, k) => sum + (v - c[k]!) ** 2, 0);
			if (d < distance) [best, distance] = [i, d];
		});
		if (channels(palette[best]!).some((v, k) => Math.abs(v - c[k]!) > 24)) far.add(rgb);
		index.set(rgb, best);
		return best;
	};
	// Each row: its filter (none: an index is not a quantity to predict), then its indices.
	const rows = Buffer.alloc((width + 1) * height);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
			rows[y * (width + 1) + 1 + x] = index.get(rgb) ?? nearest(rgb);
		}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 3, 0, 0, 0], 8); // 8 bits an index, indexed colour, deflate, no interlace
	const plte = Buffer.alloc(palette.length * 3);
	palette.forEach((rgb, i) => plte.set(channels(rgb), i * 3));
	const changed = [...far].reduce((sum, rgb) => sum + counts.get(rgb)!, 0);
	const bytes = Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('PLTE', plte),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
	return { bytes, changed };
}

/**
 * At most this share of an image's pixels may change past a few shades for its 256-colour
 * palette to count as the same picture: our graphics are flat colours and text, whose
 * anti-aliased edges are the only colours a palette can miss, and then by a shade or two.
 */
const PALETTE_CHANGE = 0.01;

/**
 * `png` encoded within `max` bytes: with a palette of its 256 commonest colours where that
 * is much the same picture (`PALETTE_CHANGE`) and smaller, else as it is; else with fewer
 * shades of each channel (64, then 32); null if even that is over. Returns how it was made
 * smaller.
 */
export function withinBytes(png: PNG, max: number): { bytes: Buffer; how: string } | null {
	const rgb = encode(png);
	const indexed = encodeIndexed(png);
	const same = indexed.changed <= png.width * png.height * PALETTE_CHANGE;
	const palette = same && indexed.bytes.length < rgb.length;
	const bytes = palette ? indexed.bytes : rgb;
	if (bytes.length <= max) return { bytes, how: palette ? ' (256 colours)' : '' };
	for (const step of [4, 8]) {
		const fewer = encode(quantise(png, step));
		if (fewer.length <= max) return { bytes: fewer, how: ` (${256 / step} shades)` };
	}
	return null;
}

/** A PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * `png` with `text` written into it as international text chunks (iTXt, UTF-8), keyed as
 * PNG's standard keywords are (Title, Description, Source): what the image says, in words, for
 * a reader's tools and for the tests that check it is the chapter's.
 */
export function withText(png: Buffer, text: Readonly<Record<string, string>>): Buffer {
	const end = png.length - 12; // IEND, always last
	if (png.toString('latin1', end + 4, end + 8) !== 'IEND')
		throw new Error('images: the PNG does not end with its IEND chunk');
	const chunks = Object.entries(text).map(([keyword, value]) =>
		chunk(
			'iTXt',
			Buffer.concat([
				Buffer.from(keyword, 'latin1'),
				// Null separator, not compressed, compression method, no language, no translated keyword.
				Buffer.from([0, 0, 0, 0, 0]),
				Buffer.from(value, 'utf8')
			])
		)
	);
	return Buffer.concat([png.subarray(0, end), ...chunks, png.subarray(end)]);
}

/** The iTXt chunks of `png`, by keyword (uncompressed ones, as `withText` writes them). */
export function readText(png: Buffer): Record<string, string> {
	const text: Record<string, string> = {};
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		if (type === 'iTXt') {
			const data = png.subarray(at + 8, at + 8 + length);
			const keywordEnd = data.indexOf(0);
			const languageEnd = data.indexOf(0, keywordEnd + 3);
			const translatedEnd = data.indexOf(0, languageEnd + 1);
			text[data.toString('latin1', 0, keywordEnd)] = data.toString('utf8', translatedEnd + 1);
		}
		at += 12 + length;
	}
	return text;
}
