/**
 * Cleaning undoes what the scraper's converter did to the article, rule by rule,
 * and counts every change by kind, so the method note can say what was repaired.
 * Each rule is idempotent, and clean Simplified text passes through unchanged.
 */

/** How many changes each rule made. */
export interface CleaningCounts {
	/** Bracketed Hanyu Pinyin after a character, as in 網(wǎng). */
	pinyinAnnotations: number;
	/** Half-width commas standing right before other punctuation, as in 勃勃,。 */
	strayCommas: number;
	/** Half-width punctuation in Chinese text turned full-width, as in 說, → 說， */
	fullWidthPunctuation: number;
	/** Runs of whitespace removed or collapsed, and blank lines dropped. */
	whitespace: number;
}

export interface CleanResult {
	text: string;
	counts: CleaningCounts;
}

/** Han ideographs (the unified blocks the article can contain). */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Full-width punctuation of Chinese text. */
const CJK_PUNCT = '，。、；：！？“”‘’（）《》「」『』…—';

/** Letters of a pinyin syllable, tone-marked or not, ü also written v. */
const PINYIN_LETTERS = '[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜê]{1,6}[1-5]?';
/** A run of bracketed words right after a Han character: one annotation, or a doubled one. */
const PINYIN_RUN = new RegExp(`(?<=[${HAN}])(?:[(（]${PINYIN_LETTERS}[)）])+`, 'gu');
const BRACKETED = new RegExp(`[(（](${PINYIN_LETTERS})[)）]`, 'gu');
/** A Hanyu Pinyin syllable once its tone is gone: an initial, then a final. */
const SYLLABLE =
	/^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|van|vn)$/;
/** Tone-marked vowels and the bare letters they stand for (ü as v). */
const TONE_MARKS: Record<string, string> = Object.fromEntries(
	[
		['āáǎà', 'a'],
		['ēéěèê', 'e'],
		['īíǐì', 'i'],
		['ōóǒò', 'o'],
		['ūúǔù', 'u'],
		['ǖǘǚǜüÜ', 'v']
	].flatMap(([marks, bare]) => [...marks!].map((c) => [c, bare!]))
);

/**
 * Whether a bracketed word is a pinyin syllable: it must spell one (zh + ang, x + ue …)
 * and carry a tone, as a mark or a digit, or be longer than one letter. English in
 * brackets (covid, app, who) spells no syllable and stays.
 */
export function isPinyinSyllable(word: string): boolean {
	const toned = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[1-5]$/.test(word);
	const bare = [...word.toLowerCase().replace(/[1-5]$/, '')]
		.map((c) => TONE_MARKS[c] ?? c)
		.join('');
	return SYLLABLE.test(bare) && (toned || bare.length > 1);
}

const STRAY_COMMA = /,(?=[ \t]*[,，、。；;：:！!？?])/g;

const HALF_TO_FULL: Record<string, string> = {
	',': '，',
	';': '；',
	':': '：',
	'!': '！',
	'?': '？',
	'(': '（',
	')': '）'
};
const CHINESE_SIDE = new RegExp(`[${HAN}${CJK_PUNCT}]`);
const HAN_CHAR = new RegExp(`[${HAN}]`);
const FULL_WIDTH_PUNCT = `[${CJK_PUNCT.replace('—', '')}]`;
const SPACE_AROUND_PUNCT = new RegExp(
	`[ \\t\\u00a0\\u3000]+(?=${FULL_WIDTH_PUNCT})|(?<=${FULL_WIDTH_PUNCT})[ \\t\\u00a0\\u3000]+`,
	'g'
);

/**
 * Removes `(pinyin)` after a Han character, and a run of them (a doubled annotation);
 * from the first bracket of other letters on, the run is left alone.
 */
export function removePinyin(text: string): { text: string; count: number } {
	let count = 0;
	const out = text.replace(PINYIN_RUN, (run) => {
		let kept = '';
		let removing = true;
		for (const [bracket, syllable] of run.matchAll(BRACKETED)) {
			removing &&= isPinyinSyllable(syllable!);
			if (removing) count++;
			else kept += bracket;
		}
		return kept;
	});
	return { text: out, count };
}

/** Removes half-width commas that stand right before other punctuation (`,,` `,、` `,。`). */
export function removeStrayCommas(text: string): { text: string; count: number } {
	let count = 0;
	const out = text.replace(STRAY_COMMA, () => {
		count++;
		return '';
	});
	return { text: out, count };
}

/**
 * Turns half-width punctuation full-width where it stands in Chinese text: next to a
 * Han character or full-width punctuation. Between digits or Latin letters (1,000; a:b)
 * it stays as it is. Spaces next to full-width punctuation go, as in `编辑: 吉政`.
 */
export function widenPunctuation(text: string): { text: string; count: number; spaces: number } {
	let count = 0;
	const chars = [...text];
	// The nearest character on one side, looking past spaces but not past a line end.
	const neighbour = (from: number, step: 1 | -1): string => {
		for (let i = from + step; i >= 0 && i < chars.length; i += step) {
			const c = chars[i]!;
			if (c !== ' ' && c !== '\t' && c !== '\u3000' && c !== '\u00a0') return c;
		}
		return '';
	};
	for (let i = 0; i < chars.length; i++) {
		const full = HALF_TO_FULL[chars[i]!];
		if (!full) continue;
		const before = neighbour(i, -1);
		const after = neighbour(i, 1);
		const chinese =
			CHINESE_SIDE.test(before) || HAN_CHAR.test(after) || (after === '' && HAN_CHAR.test(before));
		if (chinese) {
			chars[i] = full;
			count++;
		}
	}
	let spaces = 0;
	const out = chars.join('').replace(SPACE_AROUND_PUNCT, () => {
		spaces++;
		return '';
	});
	return { text: out, count, spaces };
}

/** Trims every line, collapses inner runs of whitespace to one space, drops blank lines. */
export function tidyWhitespace(text: string): { text: string; count: number } {
	let count = 0;
	const count1 = (): string => {
		count++;
		return '';
	};
	const lines: string[] = [];
	for (const line of text.split('\n')) {
		const trimmed = line.replace(/^\s+|\s+$/g, count1);
		if (trimmed === '') {
			count++;
			continue;
		}
		lines.push(trimmed.replace(/\s{2,}|[^\S ]/g, () => (count1(), ' ')));
	}
	return { text: lines.join('\n'), count };
}

/** Applies every cleaning rule in order and counts the changes by kind. */
export function cleanText(text: string): CleanResult {
	const pinyin = removePinyin(text);
	const commas = removeStrayCommas(pinyin.text);
	const widened = widenPunctuation(commas.text);
	const tidy = tidyWhitespace(widened.text);
	return {
		text: tidy.text,
		counts: {
			pinyinAnnotations: pinyin.count,
			strayCommas: commas.count,
			fullWidthPunctuation: widened.count,
			whitespace: widened.spaces + tidy.count
		}
	};
}
