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

const formatters = new Map<string, Intl.NumberFormat>();

/** The digits of `n`, rounded as `d` asks. Formatters are made once: this runs every frame of a count. */
export function formatDigits(n: number, d: DisplayNumber, locale = 'zh-Hans'): string {
	const key = `${locale}|${d.decimals}|${d.grouping}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(locale, {
			minimumFractionDigits: d.decimals,
			maximumFractionDigits: d.decimals,
			useGrouping: d.grouping
		});
		formatters.set(key, formatter);
	}
	return formatter.format(n);
}

/** A share as a percentage, digits and sign: 0.34%. */
export function formatPercent(share: number, locale = 'zh-Hans'): string {
	const d = displayPercent(share);
	return `${formatDigits(d.value, d, locale)}%`;
}
