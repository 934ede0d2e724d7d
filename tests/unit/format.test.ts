import { describe, expect, it } from 'vitest';
import {
	displayCount,
	displayPercent,
	displayShare,
	formatDigits,
	formatShare,
	significantDigits
} from '$lib/format';

describe('number display', () => {
	it('writes whole 万 as 万', () => {
		const d = displayCount(150000, 'count');
		expect(d).toMatchObject({ value: 15, magnitude: '万' });
		expect(formatDigits(d.value, d)).toBe('15');
	});

	it('groups amounts but not years or the numbers of terms', () => {
		expect(formatDigits(1509, displayCount(1509, 'count'))).toBe('1,509');
		expect(formatDigits(2020, displayCount(2020, 'year'))).toBe('2020');
		expect(formatDigits(1133, displayCount(1133, 'term'))).toBe('1133');
	});

	it('rounds a share to two decimals as a percentage', () => {
		const d = displayPercent(509 / 150000);
		expect(formatDigits(d.value, d)).toBe('0.34');
		expect(d.magnitude).toBe('%');
	});

	it('rounds a share to the precision its rounder figure allows: one digit fewer', () => {
		expect(significantDigits(150000)).toBe(2);
		expect(significantDigits(509)).toBe(3);
		expect(displayShare(509, 150000)).toMatchObject({ decimals: 1, magnitude: '%' });
		expect(formatShare(509, 150000)).toBe('0.3%');
		// Two exact figures keep two digits; a share over 1% keeps its whole digits.
		expect(formatShare(509, 150123)).toBe('0.34%');
		expect(formatShare(30, 200)).toBe('15%');
		expect(() => significantDigits(0)).toThrow('format: 0 is not a positive whole number');
	});

	it('rounds an animated in-between value to whole digits', () => {
		expect(formatDigits(105.6, displayCount(211, 'count'))).toBe('106');
	});

	it('writes what Intl.NumberFormat writes for every edition, without it', () => {
		const cases: [number, number, boolean][] = [
			[0, 0, true],
			[999, 0, true],
			[1000, 0, true],
			[1234567.891, 2, true],
			[0.345, 2, false],
			[2.5, 0, false],
			[-1509.5, 1, true],
			[-0.004, 2, false],
			[150000, 0, true]
		];
		for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
			for (const [n, decimals, grouping] of cases) {
				const d = { value: n, decimals, grouping, magnitude: '' };
				const intl = new Intl.NumberFormat(lang, {
					minimumFractionDigits: decimals,
					maximumFractionDigits: decimals,
					useGrouping: grouping
				});
				expect(formatDigits(n, d), `${n} in ${lang}`).toBe(intl.format(n));
			}
		}
	});

	it('refuses a number that has no digits', () => {
		expect(() => formatDigits(Infinity, displayCount(1, 'count'))).toThrow(
			'format: cannot write Infinity as digits'
		);
	});
});
