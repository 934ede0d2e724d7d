import { ExtractError } from './errors';

/**
 * Offset of the first byte that breaks UTF-8, or -1 when all bytes are valid.
 * TextDecoder's fatal mode says only that the input is bad; a reader needs to know where.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		let need: number;
		let min: number;
		if (b < 0x80) {
			i += 1;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else {
			return i;
		}
		let code = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			code = (code << 6) | (c & 0x3f);
		}
		// Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
		if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
		i += need + 1;
	}
	return -1;
}

/**
 * Decodes the raw article: UTF-8 with or without a byte-order mark, any line ending.
 * Returns the text with LF line endings. `where` names the input in errors.
 */
export function decodeSource(bytes: Uint8Array, where: string): string {
	if (bytes.length === 0) throw new ExtractError(where, 'the file is empty');
	const bad = firstInvalidUtf8Byte(bytes);
	if (bad >= 0) {
		const hex = bytes[bad]!.toString(16).padStart(2, '0');
		throw new ExtractError(where, `not UTF-8: byte 0x${hex} at offset ${bad} is not valid UTF-8`);
	}
	const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
	const normalized = text.replace(/\r\n?/g, '\n');
	if (normalized.trim() === '') throw new ExtractError(where, 'the file holds only whitespace');
	return normalized;
}
