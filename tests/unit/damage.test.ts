import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { ExtractError } from '$lib/extract/errors';
import { extractStory } from '$lib/extract/extract';

/**
 * The extractor against damaged copies of the real article, made here from it: each must
 * give the same clean text as the original, or fail with a clear one-line error naming the
 * file; never crash, never return a different story silently.
 */
const SOURCE = 'data/source/article.raw.txt';
const raw = readFileSync(SOURCE, 'utf8');
const golden = extractStory(Buffer.from(raw), { sourcePath: SOURCE, expectAreas: 8 });
const lines = raw.split('\n');
const toSimplifiedChars = OpenCC.Converter({ from: 't', to: 'cn' });

/** A deterministic shuffle (no test may depend on chance). */
function shuffled<T>(items: T[], seed: number): T[] {
	const out = [...items];
	let state = seed;
	for (let i = out.length - 1; i > 0; i--) {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const bytes = (text: string) => Buffer.from(text, 'utf8');

const corpus: [string, Uint8Array][] = [
	...[0.1, 0.5, 0.9].map((share): [string, Uint8Array] => [
		`truncated at ${share * 100}%`,
		bytes(raw.slice(0, Math.floor(raw.length * share)))
	]),
	['truncated mid-character', Buffer.from(raw).subarray(0, 1001)],
	...[1, 2, 3].map((seed): [string, Uint8Array] => [
		`paragraphs shuffled (${seed})`,
		bytes(shuffled(lines, seed).join('\n'))
	]),
	[
		'two focus areas swapped',
		bytes([...lines.slice(0, 3), lines[4], lines[3], ...lines.slice(5)].join('\n'))
	],
	['a paragraph doubled', bytes([...lines.slice(0, 5), lines[4], ...lines.slice(5)].join('\n'))],
	[
		'pinyin annotations doubled',
		bytes(raw.replace(/\(([a-zàáǎèéěìíǐòóǒùúǔǖǘǚǜü]+)\)/g, '($1)($1)'))
	],
	['stray commas doubled', bytes(raw.replace(/,,/g, ',,,'))],
	[
		'half the paragraphs in Simplified',
		bytes(lines.map((l, i) => (i % 2 ? toSimplifiedChars(l) : l)).join('\n'))
	],
	['all in Simplified', bytes(toSimplifiedChars(raw))],
	['empty lines between paragraphs', bytes(lines.join('\n\n\n'))],
	['Windows line ends and a BOM', bytes(`\uFEFF${lines.join('\r\n')}`)],
	[
		'a heading without its second half',
		bytes(raw.replace(/聚焦鞏固提升,?，?決勝脫貧攻堅/u, '聚焦鞏固提升'))
	],
	['a heading without its first half', bytes(raw.replace(/聚焦鞏固提升,?，?/u, ''))],
	[
		'random bytes in the middle',
		Buffer.concat([
			Buffer.from(raw).subarray(0, 500),
			Buffer.from([0xff, 0xfe, 0x80, 0x00, 0xc3]),
			Buffer.from(raw).subarray(500)
		])
	],
	['random bytes only', Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 151 + 7) % 256))],
	['an empty file', Buffer.alloc(0)],
	['whitespace only', bytes('\n \n\t\n')]
];

describe('the extractor on damaged input', () => {
	it.each(corpus)('%s: the same clean text, or a clear one-line error', (_, input) => {
		let story: typeof golden;
		try {
			story = extractStory(input, { sourcePath: SOURCE, expectAreas: 8 });
		} catch (error) {
			expect(error, String(error)).toBeInstanceOf(ExtractError);
			// What is wrong and where: a file, an offset, a paragraph or the article.
			const message = (error as Error).message;
			expect(message).toMatch(/^(data\/source\/article\.raw\.txt|paragraph p\d+|article)\b.*: \S/u);
			expect(message).not.toContain('\n');
			expect(message.length).toBeLessThan(300);
			return;
		}
		expect(story.text).toBe(golden.text);
		expect(story.areas.map((a) => a.chapter)).toEqual(golden.areas.map((a) => a.chapter));
	});

	it('recovers the same text from the damage it is meant to repair', () => {
		for (const name of [
			'pinyin annotations doubled',
			'stray commas doubled',
			'half the paragraphs in Simplified',
			'empty lines between paragraphs',
			'Windows line ends and a BOM'
		]) {
			const input = corpus.find(([n]) => n === name)![1];
			expect(extractStory(input, { sourcePath: SOURCE, expectAreas: 8 }).text, name).toBe(
				golden.text
			);
		}
	});
});
