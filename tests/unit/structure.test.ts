import { describe, expect, it } from 'vitest';
import { FOCUS_CHAPTERS } from '$lib/extract/chapters';
import { ExtractError } from '$lib/extract/errors';
import { splitSentences, structure } from '$lib/extract/structure';

const HEADINGS = [
	'聚焦巩固提升，决胜脱贫攻坚。',
	'聚焦品质提升，推进“六城联创”。',
	'聚焦污染防治，改善生态环境。'
];
const article = (areas: string[], extra: string[] = []) =>
	[
		'导语。',
		'评论。',
		'框架。',
		...areas.map((h) => `${h}正文。`),
		'结语。',
		'记者 王德政',
		'责任编辑：吉政',
		...extra
	].join('\n');

describe('structure', () => {
	it('finds the focus areas from their 聚焦X，Y。 openings, with chapter ids', () => {
		const { areas } = structure(article(HEADINGS), 3);
		expect(
			areas.map((a) => [a.number, a.chapter, a.heading.first.text, a.heading.second.text])
		).toEqual([
			[1, 'poverty', '巩固提升', '决胜脱贫攻坚'],
			[2, 'city', '品质提升', '推进“六城联创”'],
			[3, 'environment', '污染防治', '改善生态环境']
		]);
	});

	it('gives each paragraph a role and a chapter', () => {
		const { paragraphs } = structure(article(HEADINGS), 3);
		expect(paragraphs.map((p) => `${p.role}/${p.chapter}`)).toEqual([
			'lede/intro',
			'commentary/intro',
			'framework/framework',
			'focus-area/poverty',
			'focus-area/city',
			'focus-area/environment',
			'closing/outlook',
			'byline/outlook',
			'editor/outlook'
		]);
	});

	it('measures an area in characters and in Han characters', () => {
		const { areas } = structure(article(HEADINGS), 3);
		expect(areas[0]).toMatchObject({ length: 17, hanCount: 14 });
	});

	it('ignores 聚焦 inside a paragraph', () => {
		const text = article(HEADINGS).replace('框架。', '框架，聚焦建设新汾西目标。');
		expect(structure(text, 3).areas).toHaveLength(3);
	});

	it('fails when there are no focus areas', () => {
		expect(() => structure(article([]), 8)).toThrow(
			new ExtractError('article', 'no focus-area headings found (paragraphs opening 聚焦X，Y。)')
		);
	});

	it('fails when the number of areas is not the one expected', () => {
		expect(() => structure(article(HEADINGS), 8)).toThrow(
			'article: found 3 focus-area headings, expected 8 (--expect-areas)'
		);
	});

	it('fails on a heading with only one half, naming the paragraph', () => {
		const text = article([HEADINGS[0]!, '聚焦品质提升。', HEADINGS[2]!]);
		expect(() => structure(text, 3)).toThrow(
			'paragraph p5: focus-area heading "聚焦品质提升。" has only one half (expected 聚焦X，Y。)'
		);
	});

	it('fails when a heading names no chapter', () => {
		const text = article([HEADINGS[0]!, '聚焦别的事情，做点别的。', HEADINGS[2]!]);
		expect(() => structure(text, 3)).toThrow(
			/paragraph p5: heading "聚焦别的事情，做点别的。" names no chapter/
		);
	});

	it('fails when other text stands between the areas', () => {
		const text = article([HEADINGS[0]!, '插话。', HEADINGS[1]!, HEADINGS[2]!].map((h) => h));
		expect(() => structure(text.replace('插话。正文。', '插话。'), 3)).toThrow(
			'paragraph p5: a paragraph without a 聚焦X，Y。 heading stands between the focus areas'
		);
	});

	it('finds the byline with or without a space or colon', () => {
		for (const byline of ['记者 王德政', '记者：王德政', '记者王德政']) {
			const text = article(HEADINGS).replace('记者 王德政', byline);
			expect(structure(text, 3).paragraphs.at(-2)!.role).toBe('byline');
		}
	});

	it('matches each heading key to exactly one heading of the real article', () => {
		const headings = [
			'聚焦巩固提升，决胜脱贫攻坚。',
			'聚焦品质提升，推进“六城联创”。',
			'聚焦污染防治，改善生态环境。',
			'聚焦项目建设，培育发展动能。',
			'聚焦转型升级，加快产业发展。',
			'聚焦瓶颈破解，深化改革创新。',
			'聚焦风险防控，维护安全稳定。',
			'聚焦群众关切，增进民生福祉。'
		];
		for (const { id, headingKey } of FOCUS_CHAPTERS) {
			const matching = headings.filter((h) => h.includes(headingKey));
			expect(matching, id).toHaveLength(1);
		}
	});
});

describe('splitSentences', () => {
	it('splits at 。！？ and keeps a closing quote with its sentence', () => {
		const text = '“办得更好！”任天顺表示，今年好。对吗？好';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'“办得更好！”',
			'任天顺表示，今年好。',
			'对吗？',
			'好'
		]);
	});
});
