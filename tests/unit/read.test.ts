import { describe, expect, it } from 'vitest';
import { ExtractError } from '$lib/extract/errors';
import { decodeSource, firstInvalidUtf8Byte } from '$lib/extract/read';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
	it('reads plain UTF-8', () => {
		expect(decodeSource(bytes('汾西\n县'), 'a.txt')).toBe('汾西\n县');
	});

	it('drops a byte-order mark', () => {
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('汾西')]);
		expect(decodeSource(withBom, 'a.txt')).toBe('汾西');
	});

	it('turns CRLF and lone CR into LF', () => {
		expect(decodeSource(bytes('甲\r\n乙\r丙\n丁'), 'a.txt')).toBe('甲\n乙\n丙\n丁');
	});

	it('rejects an empty file, naming it', () => {
		expect(() => decodeSource(new Uint8Array(), 'a.txt')).toThrow('a.txt: the file is empty');
	});

	it('rejects a file of only whitespace', () => {
		expect(() => decodeSource(bytes(' \n\r\n\t'), 'a.txt')).toThrow(/only whitespace/);
	});

	it('rejects bytes that are not UTF-8 and says which byte where', () => {
		const gbk = new Uint8Array([...bytes('汾西'), 0xcf, 0xd8]);
		expect(() => decodeSource(gbk, 'a.txt')).toThrow(
			new ExtractError('a.txt', 'not UTF-8: byte 0xcf at offset 6 is not valid UTF-8')
		);
	});
});

describe('firstInvalidUtf8Byte', () => {
	it.each([
		['valid text', bytes('a汾😀'), -1],
		['a stray continuation byte', new Uint8Array([0x61, 0x80]), 1],
		['a truncated sequence', new Uint8Array([0xe6, 0xb1]), 0],
		['an overlong encoding', new Uint8Array([0xe0, 0x80, 0x80]), 0],
		['an encoded surrogate', new Uint8Array([0xed, 0xa0, 0x80]), 0],
		['a byte never used in UTF-8', new Uint8Array([0x41, 0xff]), 1]
	])('%s', (_, input, expected) => {
		expect(firstInvalidUtf8Byte(input)).toBe(expected);
	});
});
