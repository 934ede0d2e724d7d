/** A number as a callout sets it: the digits, and a magnitude word after them (万). */
export interface DisplayNumber {
	/** The number the digits show (15 for 150,000 in Chinese). */
	value: number;
	/** Decimal places the digits keep. */
	decimals: number;
	/** A word of magnitude set after the digits, or ''. */
	magnitude: string;
	/** Group thousands (not in years). */
	grouping: boolean;
}

/**
 * How a count is written: in Chinese whole 万 as 万 (150000 → 15万), as the article does;
 * in English with its thousands grouped (150,000).
 */
export function displayCount(value: number, kind: string, lang = 'zh-Hans'): DisplayNumber {
	if (lang.startsWith('zh') && value >= 1e4 && value % 1e4 === 0) {
		return { value: value / 1e4, decimals: 0, magnitude: '万', grouping: false };
	}
	// Years and the numbers of terms (“1133”) are names, not amounts: no grouping.
	return { value, decimals: 0, magnitude: '', grouping: kind === 'count' };
}

/** A share as a percentage with `decimals` places (0.003393 → 0.34). */
export function displayPercent(share: number, decimals = 2): DisplayNumber {
	return { value: share * 100, decimals, magnitude: '%', grouping: false };
}

/** The significant digits of a whole number as written: 150000 → 2 (15万), 509 → 3. */
export function significantDigits(n: number): number {
	if (!Number.isInteger(n) || n <= 0) {
		throw new Error(`format: ${n} is not a positive whole number`);
	}
	return String(n).replace(/0+$/, '').length;
}

/**
 * `numerator ÷ denominator` as a percentage, to the precision the rounder of the two allows:
 * one significant digit fewer than it has. A round 15万 could be anything from 145,000 to
 * 155,000, which moves the second digit of 509 ÷ 150,000 (0.33–0.35%): about 0.3%.
 */
export function displayShare(numerator: number, denominator: number): DisplayNumber {
	const significant = Math.max(
		1,
		Math.min(significantDigits(numerator), significantDigits(denominator)) - 1
	);
	const percent = (numerator / denominator) * 100;
	const decimals = Math.max(0, significant - 1 - Math.floor(Math.log10(percent)));
	return displayPercent(numerator / denominator, decimals);
}

/**
 * The digits of `n`, rounded to `d.decimals` places (halves away from zero), thousands grouped
 * with commas when `d.grouping`: the same in every edition, which all write Latin digits.
 * Written out rather than with Intl.NumberFormat: this runs every frame of a count, and the
 * first formatter a page makes costs a slow phone tens of milliseconds as the story starts.
 */
export function formatDigits(n: number, d: DisplayNumber): string {
	if (!Number.isFinite(n)) throw new Error(`format: cannot write ${n} as digits`);
	const scale = 10 ** d.decimals;
	// The epsilon takes 0.345 (stored as 0.34499…) to 0.35, as it is written.
	const units = Math.round(Math.abs(n) * scale * (1 + Number.EPSILON));
	const [whole, fraction] = (units / scale).toFixed(d.decimals).split('.') as [string, string?];
	const grouped = d.grouping ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
	return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A whole count with its thousands grouped, in every edition: 150,000. */
export function formatCount(n: number): string {
	return formatDigits(n, { value: n, decimals: 0, magnitude: '', grouping: true });
}

/** A share as `displayShare` rounds it, digits and sign: 0.3%. */
export function formatShare(numerator: number, denominator: number): string {
	const d = displayShare(numerator, denominator);
	return `${formatDigits(d.value, d)}%`;
}
