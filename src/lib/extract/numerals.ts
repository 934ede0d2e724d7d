/** Chinese numeral characters and their values; 两 is the counting form of 二. */
const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral written with units (十三 = 13, 两百零五 = 205,
 * 一万五千 = 15000), or of a bare digit string of three or more (二〇二〇 = 2020). Throws on
 * anything else, ranges (三五) and a lone 万 among them.
 */
export function parseChineseNumeral(numeral: string): number {
	const chars = [...numeral];
	if (chars.length === 0) throw new Error('empty numeral');
	if (chars.every((c) => c in DIGITS) && chars.length > 1) {
		// 三五个, 七八个: two digits side by side are a rough range, not a number.
		if (chars.length === 2) throw new Error(`${numeral} is a range, not a number`);
		return Number(chars.map((c) => DIGITS[c]).join(''));
	}
	let total = 0;
	let section = 0;
	let digit: number | null = null;
	for (const c of chars) {
		if (c in DIGITS) {
			if (digit !== null) throw new Error(`two digits in a row in ${numeral}`);
			digit = DIGITS[c]!;
		} else if (c in SMALL_UNITS) {
			// 十 alone means 1×10.
			section += (digit ?? 1) * SMALL_UNITS[c]!;
			digit = null;
		} else if (c in LARGE_UNITS) {
			if (section === 0 && digit === null)
				throw new Error(`${c} has no number before it in ${numeral}`);
			total += (section + (digit ?? 0)) * LARGE_UNITS[c]!;
			section = 0;
			digit = null;
		} else {
			throw new Error(`${c} is not a numeral character in ${numeral}`);
		}
		// 零 only marks a gap (两百零五); it adds nothing itself.
		if (digit === 0) digit = null;
	}
	return total + section + (digit ?? 0);
}
