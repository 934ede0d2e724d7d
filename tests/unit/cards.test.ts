import { describe, expect, it } from 'vitest';
import { stepText } from '$lib/charts/types';
import { story } from '$lib/server/story';
import { englishText } from '$lib/translation/english';
import { extractText } from '$lib/translation/text';
import { CARD_CAPACITY, splitText } from '$lib/model/cards';
import { editionPage } from '$lib/server/editions';

const pages = [editionPage('zh-Hans'), editionPage('zh-Hant'), editionPage('en')];

describe('splitText', () => {
	it('cuts at a sentence’s end near the even cut, before a clause’s', () => {
		const text = '第一句话很长很长很长，还有一半。第二句话也一样长长长，还有一半。';
		expect(splitText(text, 2, 'zh-Hans')).toEqual([
			'第一句话很长很长很长，还有一半。',
			'第二句话也一样长长长，还有一半。'
		]);
	});

	it('falls back to a comma where no sentence ends near the cut, and keeps every word', () => {
		const text = 'The county would build roads, and it would plant trees along them.';
		const parts = splitText(text, 2, 'en');
		expect(parts).toEqual([
			'The county would build roads,',
			'and it would plant trees along them.'
		]);
	});

	it('says what it could not split, and where', () => {
		expect(() => splitText('一二三四五六七八九十', 2, 'zh-Hans')).toThrow(
			/no place to split "一二三/u
		);
	});
});

describe('the cards of a step', () => {
	it('are as many in every edition, and join back to the edition’s sentence', () => {
		const [hans, hant, en] = pages;
		hans!.chapters.forEach((chapter, c) => {
			chapter.steps.forEach((step, s) => {
				const counts = [step, hant!.chapters[c]!.steps[s]!, en!.chapters[c]!.steps[s]!].map(
					(t) => t.parts.length
				);
				expect(new Set(counts).size, step.id).toBe(1);
			});
		});
		// Each edition's sentences: a step is one of them, whole, once its parts are joined.
		const texts = { 'zh-Hans': extractText(story), 'zh-Hant': null, en: englishText(story) };
		for (const page of pages) {
			const edition = texts[page.lang];
			const sentences = story.paragraphs.flatMap((p) =>
				p.sentences.map((s, i) =>
					edition ? edition.sentence(p.id, i) : story.textHant.slice(s.start, s.end)
				)
			);
			for (const step of page.chapters.flatMap((c) => c.steps)) {
				expect(sentences, step.id).toContain(stepText(step, page.lang));
			}
		}
	});

	it('hold no more than a card’s capacity, give or take a phrase, in any edition', () => {
		let split = 0;
		for (const page of pages) {
			const capacity = CARD_CAPACITY[page.lang.startsWith('zh') ? 'zh' : 'en'];
			for (const step of page.chapters.flatMap((c) => c.steps)) {
				if (step.parts.length > 1) split++;
				for (const part of step.parts)
					expect(part.length, step.id).toBeLessThanOrEqual(capacity * 1.4);
			}
		}
		// The long steps are split (the projects paragraph among them), not none of them.
		expect(split).toBeGreaterThan(3);
	});
});
