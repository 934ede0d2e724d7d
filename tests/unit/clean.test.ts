import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	cleanText,
	removePinyin,
	removeStrayCommas,
	tidyWhitespace,
	widenPunctuation
} from '$lib/extract/clean';
import { toSimplified } from '$lib/extract/convert';
import { decodeSource } from '$lib/extract/read';

const raw = decodeSource(readFileSync('data/source/article.raw.txt'), 'article');

describe('removePinyin', () => {
	it('removes bracketed pinyin with tone marks after a Han character', () => {
		expect(removePinyin('臨汾新聞網(wǎng)訊，生機(jī)勃勃')).toEqual({
			text: '臨汾新聞網訊，生機勃勃',
			count: 2
		});
	});

	it('removes pinyin in full-width brackets and with ü', () => {
		expect(removePinyin('綠（lǜ）水')).toEqual({ text: '綠水', count: 1 });
	});

	it('removes pinyin written with tone digits, capitals or v for ü', () => {
		expect(removePinyin('網(wang3)網(Wǎng)綠(lv4)女(nǚ)')).toEqual({ text: '網網綠女', count: 4 });
	});

	it('leaves brackets that are not pinyin: English, numbers, several syllables', () => {
		for (const text of [
			'GDP(gross)',
			'汾西(2020)',
			'汾西(xyz)',
			'汾西(Fenxi)',
			'新冠病毒(covid)',
			'手机(app)',
			'世界卫生组织(who)',
			'附件(a)',
			'汾西(one)'
		]) {
			expect(removePinyin(text)).toEqual({ text, count: 0 });
		}
	});
});

describe('removeStrayCommas', () => {
	it('removes a half-width comma before other punctuation', () => {
		expect(removeStrayCommas('勃勃,。近日,,就如何')).toEqual({
			text: '勃勃。近日,就如何',
			count: 2
		});
		expect(removeStrayCommas('副主任,、汾西')).toEqual({ text: '副主任、汾西', count: 1 });
	});

	it('does not reach across a line end', () => {
		expect(removeStrayCommas('好,\n。')).toEqual({ text: '好,\n。', count: 0 });
	});

	it('keeps commas that end a clause or stand between digits', () => {
		expect(removeStrayCommas('1,000人,汾西')).toEqual({ text: '1,000人,汾西', count: 0 });
	});
});

describe('widenPunctuation', () => {
	it('turns half-width punctuation in Chinese text full-width', () => {
		expect(widenPunctuation('春光明媚,生機勃勃;更好!嗎?').text).toBe(
			'春光明媚，生機勃勃；更好！嗎？'
		);
	});

	it('turns the colon of the editor credit full-width and drops the space after it', () => {
		expect(widenPunctuation('責任編輯: 吉政')).toEqual({
			text: '責任編輯：吉政',
			count: 1,
			spaces: 1
		});
	});

	it('leaves digits and Latin text alone', () => {
		for (const text of ['1,000', 'a, b: c!', 'Fenxi, Shanxi', '3:30']) {
			expect(widenPunctuation(text)).toEqual({ text, count: 0, spaces: 0 });
		}
	});

	it('widens a comma between a number and Chinese text', () => {
		expect(widenPunctuation('2020年,汾西').text).toBe('2020年，汾西');
		expect(widenPunctuation('表示,2020年').text).toBe('表示，2020年');
	});
});

describe('tidyWhitespace', () => {
	it('trims lines, drops blank ones and collapses inner runs', () => {
		expect(tidyWhitespace('  甲 \n\n\u3000乙\u3000\n记者  王德政\n')).toEqual({
			text: '甲\n乙\n记者 王德政',
			count: 7
		});
	});
});

describe('cleanText', () => {
	it('repairs the damaged article: no pinyin, stray commas or half-width punctuation left', () => {
		const { text } = cleanText(raw);
		expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
		expect(text).not.toMatch(/[,;!?:]/);
		expect(text).not.toMatch(/，[，、。]/);
		expect(text.split('\n')).toHaveLength(14);
	});

	it('counts the repairs on the real article', () => {
		expect(cleanText(raw).counts).toEqual({
			pinyinAnnotations: 320,
			strayCommas: 138,
			fullWidthPunctuation: 115,
			whitespace: 1
		});
	});

	it('is idempotent', () => {
		const once = cleanText(raw).text;
		const twice = cleanText(once);
		expect(twice.text).toBe(once);
		expect(Object.values(twice.counts).every((n) => n === 0)).toBe(true);
	});

	it('passes clean Simplified text through unchanged', () => {
		const simplified = toSimplified(cleanText(raw).text);
		expect(cleanText(simplified)).toEqual({
			text: simplified,
			counts: { pinyinAnnotations: 0, strayCommas: 0, fullWidthPunctuation: 0, whitespace: 0 }
		});
	});

	it('gives the same text from CRLF input with a BOM', () => {
		const crlf = new TextEncoder().encode('\ufeff' + raw.replace(/\n/g, '\r\n'));
		expect(cleanText(decodeSource(crlf, 'crlf')).text).toBe(cleanText(raw).text);
	});
});
