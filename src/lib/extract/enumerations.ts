import type { Paragraph, Span, TextSpan } from './structure';

export interface Enumeration extends Span {
	/** Stable id: `<paragraph>-e<n>`. */
	id: string;
	paragraph: string;
	items: TextSpan[];
	/** The noun after 等 (肉鸡、核桃等特色产业 → 特色产业), or null. */
	category: TextSpan | null;
}

/**
 * Chinese has no spaces, so where a list's first item starts and its last item ends
 * has to be inferred. The items of a list are parallel: they tend to share a first or
 * last character and a length. Where that does not settle it, these short lists of
 * words that govern a list (推进 A、B) or follow it (A、B建设项目) do.
 */
const GOVERNING_WORDS = [
	'采访了',
	'推进',
	'抓好',
	'加快',
	'加强',
	'做大',
	'引导',
	'推介',
	'拿出',
	'以',
	'与'
];
const TRAILING_WORDS = ['配套设施建设', '建设项目', '建设', '监管', '各项工作', '工作力度', '一批'];

/** Where the first trailing word stands in `segment` (not at its start), or its length. */
function trailingAt(segment: string): number {
	return Math.min(
		segment.length,
		...TRAILING_WORDS.map((w) => {
			const at = segment.indexOf(w);
			return at <= 0 ? Infinity : at;
		})
	);
}

/** Punctuation that ends a clause: a list never runs across it. */
const CLAUSE = /[^，。；：！？“”‘’]+/g;

function commonPrefix(words: string[]): string {
	if (words.length === 0) return '';
	let prefix = words[0]!;
	for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}

function commonSuffix(words: string[]): string {
	if (words.length === 0) return '';
	let suffix = words[0]!;
	for (const w of words) while (!w.endsWith(suffix)) suffix = suffix.slice(1);
	return suffix;
}

/** All reference items have one length, or null. */
function sharedLength(words: string[]): number | null {
	const lengths = new Set(words.map((w) => w.length));
	return lengths.size === 1 ? words[0]!.length : null;
}

/** Where the first item starts within `segment`, judged against the other items `refs`. */
export function firstItemStart(segment: string, refs: string[]): number {
	// A prefix all other items share (争政策、争项目 / 全国、全省); with one other item,
	// the longest start of it that the segment also has (汾西中学、汾西大医院).
	const prefix =
		refs.length === 1
			? [...Array(refs[0]!.length - 1).keys()]
					.map((n) => refs[0]!.slice(0, refs[0]!.length - 1 - n))
					.find((p) => p !== '' && segment.includes(p))
			: commonPrefix(refs) || undefined;
	if (prefix && segment.includes(prefix)) return segment.lastIndexOf(prefix);
	// A last character and length all share (获得感、幸福感 / 历史性、积累性).
	const suffix = commonSuffix(refs);
	const length = sharedLength(refs);
	if (suffix && length !== null && segment.endsWith(suffix) && segment.length > length) {
		return segment.length - length;
	}
	const governing = Math.max(
		...GOVERNING_WORDS.map((w) => {
			const at = segment.lastIndexOf(w);
			return at < 0 ? -1 : at + w.length;
		})
	);
	if (governing > 0 && governing < segment.length) return governing;
	// With two or more other items of one length, the first has it too (稳增长、促改革、调结构).
	if (length !== null && refs.length >= 2) return Math.max(0, segment.length - length);
	// Otherwise no longer than the longest other item (政治站位高、工作谋划准).
	const longest = Math.max(...refs.map((r) => r.length));
	return Math.max(0, segment.length - longest);
}

/**
 * How long the last item is within `segment`, judged against the items between the first
 * and the last (`interior`: they are bounded on both sides, so their length is known) and
 * the first item.
 */
export function lastItemLength(segment: string, interior: string[], first: string): number {
	const refs = interior;
	const trailing = trailingAt(segment);
	if (trailing < segment.length) return trailing;
	const length = sharedLength(refs);
	const prefix = refs.length === 1 ? refs[0]!.slice(0, 1) : commonPrefix(refs);
	const suffix = refs.length === 1 ? refs[0]!.slice(-1) : commonSuffix(refs);
	if (refs.length > 0 && length !== null && segment.length > length) {
		// 全国、全省、全市同步… / 历史性、积累性、瓶颈性重点难点问题 / 稳增长 … 保稳定各项工作
		if (prefix && segment.startsWith(prefix)) return length;
		if (suffix && segment[length - 1] === suffix.at(-1)) return length;
		if (refs.length >= 2) return length;
	}
	// A 的 that no other item has starts what the list modifies (市委、市政府的决策部署).
	const de = segment.indexOf('的');
	if (de > 0 && ![first, ...interior].some((r) => r.includes('的'))) return de;
	return segment.length;
}

/**
 * Two items that each stand next to a 的, the first after it and the last before it, and
 * are of one length, are the list; the 的 phrases modify them (来之不易的政通人和、
 * 风清气正的大好局面). Trims the last word in place; the first then takes its length.
 */
function pairAroundDe(words: string[]): void {
	if (words.length !== 2) return;
	const [first, last] = words as [string, string];
	const a = first.slice(first.lastIndexOf('的') + 1);
	const b = last.slice(0, last.indexOf('的'));
	if (first.includes('的') && last.includes('的') && a !== '' && a.length === b.length) {
		words[1] = b;
	}
}

/**
 * Finds the lists in the paragraphs: runs of items joined by 、 (and a final 和), with the
 * category noun after 等 where there is one. Every item and category carries its span.
 */
export function findEnumerations(paragraphs: Paragraph[]): Enumeration[] {
	const out: Enumeration[] = [];
	for (const p of paragraphs) {
		let n = 0;
		for (const clause of p.text.matchAll(CLAUSE)) {
			for (const run of splitRuns(clause[0], p.start + clause.index)) {
				out.push({ id: `${p.id}-e${++n}`, paragraph: p.id, ...run });
			}
		}
	}
	return out;
}

interface Run extends Span {
	items: TextSpan[];
	category: TextSpan | null;
}

/** The lists in one clause: a 等 with its category ends one list, and another may follow. */
function splitRuns(clause: string, offset: number): Run[] {
	// A 、 at either end or doubled leaves an item empty: not a list this reader trusts.
	if (!clause.includes('、') || /^、|、、|、$/.test(clause)) return [];
	const runs: Run[] = [];
	let rest = clause;
	let restOffset = offset;
	while (rest.includes('、')) {
		const segments = rest.split('、');
		// The list ends at the first segment after the first 、 that holds 等 (a category
		// follows) or a trailing word (another list may follow: 储备、签约、落地一批…大项目、好项目).
		const stopAt = segments.findIndex(
			(s, i) => i > 0 && (s.includes('等') || (i < segments.length - 1 && trailingAt(s) < s.length))
		);
		const last = stopAt < 0 ? segments.length - 1 : stopAt;
		const raw = segments.slice(0, last + 1);
		let tail = raw[last]!;
		let category: { text: string; at: number } | null = null;
		const before = raw.slice(0, last).join('、').length + (last > 0 ? 1 : 0);
		let consumed = before + tail.length;
		if (stopAt >= 0 && tail.includes('等')) {
			const deng = tail.indexOf('等');
			const after = tail.slice(deng + 1);
			const categoryLength = Math.min(
				after.length,
				after.indexOf('和') > 0 ? after.indexOf('和') : Infinity,
				trailingAt(after)
			);
			category = categoryLength > 0 ? { text: after.slice(0, categoryLength), at: deng + 1 } : null;
			consumed = before + deng + 1 + categoryLength;
			tail = tail.slice(0, deng);
		} else if (stopAt >= 0) {
			consumed = before + trailingAt(tail);
		}
		// A final 和 joins the last two items (汾西中学、汾西大医院和幸福敬老院…).
		const words = [...raw.slice(0, last), tail];
		const he = stopAt < 0 ? tail.indexOf('和') : -1;
		if (he > 0) words.splice(last, 1, tail.slice(0, he), tail.slice(he + 1));
		pairAroundDe(words);
		const interior = words.slice(1, -1);
		const lastRaw = words.at(-1)!;
		const firstRefs = interior.length > 0 ? interior : [lastRaw];
		const firstStart = firstItemStart(words[0]!, firstRefs);
		const first = words[0]!.slice(firstStart);
		const lastText = category
			? lastRaw
			: lastRaw.slice(0, lastItemLength(lastRaw, interior, first));

		const items: TextSpan[] = [];
		let at = restOffset + firstStart;
		const texts = [first, ...interior, lastText];
		texts.forEach((text, i) => {
			items.push({ text, start: at, end: at + text.length });
			// Items are separated by one 、 or 和; the raw word's length moves past it.
			at += (i === 0 ? first.length : words[i]!.length) + 1;
		});
		const lastItem = items.at(-1)!;
		const categorySpan = category
			? {
					text: category.text,
					start: lastItem.end + 1,
					end: lastItem.end + 1 + category.text.length
				}
			: null;
		runs.push({
			start: items[0]!.start,
			end: categorySpan ? categorySpan.end : lastItem.end,
			items,
			category: categorySpan
		});
		rest = rest.slice(consumed);
		restOffset += consumed;
	}
	return runs;
}
