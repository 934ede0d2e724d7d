import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '$lib/extract/numerals';

describe('parseChineseNumeral', () => {
	it.each([
		['一', 1],
		['两', 2],
		['二', 2],
		['八', 8],
		['十', 10],
		['十三', 13],
		['二十九', 29],
		['一百', 100],
		['两百零五', 205],
		['五百零九', 509],
		['一千', 1000],
		['十五万', 150000],
		['一万五千', 15000],
		['二〇二〇', 2020]
	])('%s = %i', (numeral, value) => {
		expect(parseChineseNumeral(numeral)).toBe(value);
	});

	it('rejects a range and a 万 with no number before it', () => {
		expect(() => parseChineseNumeral('三五')).toThrow(/range/);
		expect(() => parseChineseNumeral('万')).toThrow(/no number before it/);
	});

	it('rejects what is not a numeral', () => {
		expect(() => parseChineseNumeral('三垣')).toThrow(/垣 is not a numeral/);
		expect(() => parseChineseNumeral('')).toThrow(/empty/);
	});
});
