import type { ChapterId } from './chapters';
import { NUMERAL_CHARS, parseChineseNumeral } from './numerals';
import type { Paragraph, Span } from './structure';

/**
 * What kind of number a figure is:
 * - `count`: a quantity of things (211户, 八个方面); the numeral of a named set (三大攻坚战)
 * - `year`, `month`, `day`: a date (2020年, 五月, 12日)
 * - `percent`: a percentage (10.5%)
 * - `ordinal`: a position (第二热源厂)
 * - `plan`: the number of a Five-Year Plan (十三五 = the 13th)
 * - `term`: a number inside a quoted policy term or slogan (“两会”, “1133”, “三垣一城”)
 */
export const FIGURE_KINDS = [
	'count',
	'year',
	'month',
	'day',
	'percent',
	'ordinal',
	'plan',
	'term'
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/**
 * What a figure is to a reader:
 * - `amount`: a quantity or a date the article states (211户, 15万, 八个方面, 2020年, 五月)
 * - `name`: a numeral that is one of the words of a name, a term or an idiom, not a quantity:
 *   a quoted term (“1133”, “六稳”, “三垣一城”), a Five-Year Plan (十三五), an ordinal in a
 *   name (第二热源厂), a named set (三大攻坚战), an idiom (两手抓)
 */
export const FIGURE_ROLES = ['amount', 'name'] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

export interface Figure extends Span {
	/** Stable id: `<chapter>-<value>`, with `-2`, `-3` … for a repeat in the same chapter. */
	id: string;
	value: number;
	/** The counter word or unit right after the number (户, 名, 个, 年, 类 …), or null. */
	unit: string | null;
	kind: FigureKind;
	role: FigureRole;
	/** Exactly `text.slice(start, end)`. */
	source: string;
	/** The quoted term the figure stands in, such as 三垣一城, or null. */
	term: string | null;
	paragraph: string;
	chapter: ChapterId;
}

/**
 * Measure words that make a Chinese numeral a count. 一 with one of them is usually the
 * indefinite article (一批 "a batch of", 一些), so 一 counts only inside a quoted term.
 */
const MEASURE_WORDS = '个名户类项条家所座次种批位天手人元年';
/** Measure words whose numeral makes an idiom, not a count: 两手抓 ("grasp with both hands"). */
const IDIOM_WORDS = '手';
/** A run of numeral characters with at least one digit in it (百, 千, 万 alone are words). */
const NUMERAL_RUN = `[${NUMERAL_CHARS}]*[零〇一二两三四五六七八九十][${NUMERAL_CHARS}]*`;
const ARABIC_UNITS: Record<string, FigureKind> = {
	年: 'year',
	月: 'month',
	日: 'day',
	'%': 'percent',
	'％': 'percent'
};

/** The value of a Chinese numeral, or null where it is no single number (a range: 三五). */
function chineseValue(numeral: string): number | null {
	try {
		return parseChineseNumeral(numeral);
	} catch {
		return null;
	}
}

/** Drops floating-point noise from a product (2.5 × 10000), keeping real decimals. */
const exact = (n: number) => Number(n.toPrecision(12));

interface Rule {
	pattern: RegExp;
	read: (
		m: RegExpExecArray,
		inTerm: boolean
	) => Omit<Figure, 'id' | 'paragraph' | 'chapter' | 'start' | 'end' | 'source' | 'term'> | null;
}

type Reading = ReturnType<Rule['read']>;

/** A figure's role by its kind: terms, plans and ordinals are words of names. */
const roleOf = (kind: FigureKind): FigureRole =>
	kind === 'term' || kind === 'plan' || kind === 'ordinal' ? 'name' : 'amount';

/** A Chinese numeral read as a figure, or null where it is none (a range, 三五个). */
function counted(
	numeral: string,
	unit: string | null,
	kind: FigureKind,
	role = roleOf(kind)
): Reading {
	const value = chineseValue(numeral);
	return value === null ? null : { value, unit, kind, role };
}

/** Rules in order of precedence: an earlier rule's match hides later ones at the same place. */
const RULES: Rule[] = [
	{
		// 十三五, 十四五: the 13th / 14th Five-Year Plan, not the number 135.
		pattern: /十([一二三四五六七八九])五/gu,
		read: (m) => ({
			value: 10 + parseChineseNumeral(m[1]!),
			unit: null,
			kind: 'plan',
			role: 'name'
		})
	},
	{
		// 211户, 1,000人, 2.5万, 10.5%, 2020年, 5月: thousands separators and decimals kept.
		pattern:
			/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万|亿)?(年|月|日|%|％|[个名户类项条家所座次种位人元])?/gu,
		read: (m, inTerm) => {
			const multiplier = m[3] === '万' ? 1e4 : m[3] === '亿' ? 1e8 : 1;
			const value = exact(Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')) * multiplier);
			const unit = m[4] ?? null;
			const dated = unit ? ARABIC_UNITS[unit] : undefined;
			const kind: FigureKind =
				dated === 'year' && m[1]!.length !== 4 ? 'count' : (dated ?? (inTerm ? 'term' : 'count'));
			return { value, unit, kind, role: roleOf(kind) };
		}
	},
	{
		// 二〇二〇年: a year written digit by digit.
		pattern: /([〇零一二三四五六七八九]{4})年/gu,
		read: (m) => ({ value: parseChineseNumeral(m[1]!), unit: '年', kind: 'year', role: 'amount' })
	},
	{
		pattern: new RegExp(`第(${NUMERAL_RUN})`, 'gu'),
		read: (m) => counted(m[1]!, null, 'ordinal')
	},
	{
		pattern: new RegExp(`(${NUMERAL_RUN})月`, 'gu'),
		read: (m) => counted(m[1]!, '月', 'month')
	},
	{
		// 三大攻坚战: "the three major battles", the name of a set, as 四大发明 is.
		pattern: new RegExp(`(${NUMERAL_RUN})(大)`, 'gu'),
		read: (m) => (m[1] === '一' ? null : counted(m[1]!, '大', 'count', 'name'))
	},
	{
		pattern: new RegExp(`(${NUMERAL_RUN})([${MEASURE_WORDS}])`, 'gu'),
		read: (m, inTerm) =>
			m[1] === '一' && !inTerm
				? null
				: inTerm
					? counted(m[1]!, m[2]!, 'term')
					: counted(m[1]!, m[2]!, 'count', IDIOM_WORDS.includes(m[2]!) ? 'name' : 'amount')
	},
	{
		// 十五万父老乡亲: a numeral in 万 or 亿 needs no measure word.
		pattern: new RegExp(`(${NUMERAL_RUN}[万亿])`, 'gu'),
		read: (m) => counted(m[1]!, null, 'count')
	},
	{
		// Inside a quoted term every numeral counts what follows it: “六稳”, “三垣一城”.
		pattern: new RegExp(`(${NUMERAL_RUN})(\\p{Script=Han})`, 'gu'),
		read: (m, inTerm) => (inTerm ? counted(m[1]!, m[2]!, 'term') : null)
	}
];

const QUOTED = /“([^“”]{1,12})”/gu;

/** The quoted terms of a text, as spans of their inner text. */
function quotedTerms(text: string, offset: number): (Span & { term: string })[] {
	return [...text.matchAll(QUOTED)].map((m) => ({
		start: offset + m.index + 1,
		end: offset + m.index + 1 + m[1]!.length,
		term: m[1]!
	}));
}

/** Every number in the paragraphs, in text order, with its kind, unit and exact source span. */
export function findFigures(paragraphs: Paragraph[]): Figure[] {
	const figures: Omit<Figure, 'id'>[] = [];
	for (const p of paragraphs) {
		const terms = quotedTerms(p.text, p.start);
		const taken: Span[] = [];
		const found: Omit<Figure, 'id'>[] = [];
		for (const rule of RULES) {
			for (const m of p.text.matchAll(rule.pattern)) {
				const start = p.start + m.index;
				const end = start + m[0].length;
				if (taken.some((t) => start < t.end && end > t.start)) continue;
				const term = terms.find((t) => start >= t.start && end <= t.end) ?? null;
				const read = rule.read(m as RegExpExecArray, term !== null);
				if (!read) continue;
				taken.push({ start, end });
				found.push({
					...read,
					start,
					end,
					source: m[0],
					term: term?.term ?? null,
					paragraph: p.id,
					chapter: p.chapter
				});
			}
		}
		figures.push(...found.sort((a, b) => a.start - b.start));
	}
	const seen = new Map<string, number>();
	return figures.map((f) => {
		const base = `${f.chapter}-${f.value}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return { id: n === 1 ? base : `${base}-${n}`, ...f };
	});
}
