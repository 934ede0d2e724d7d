import { stepText } from '$lib/charts/types';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITIONS, editionOf, editionOfPath, editionPath } from '$lib/editions';
import { CHART_IDS, CHARTS, chartEntry } from '$lib/charts/registry';
import { parseStory, type StoryFigure } from '$lib/extract/schema';
import { editionPage } from '$lib/server/editions';
import { numberWord } from '$lib/content/en';
import { article } from '$lib/translation/article';
import { checkAlignment, englishParagraph } from '$lib/translation/english';
import { glossary } from '$lib/translation/glossary';
import locatorJson from '$lib/map/locator.json';
import { VIEW_IDS, type Locator } from '$lib/map/views';

const story = parseStory(JSON.parse(readFileSync('static/data/story.json', 'utf8')));
const hans = editionPage('zh-Hans');
const hant = editionPage('zh-Hant');
const en = editionPage('en');

/** Every string of a page's data, for checks that must hold of all of it. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('editions', () => {
	it('live at /, /zh-hant/ and /en/, and a path tells its edition', () => {
		expect(EDITIONS.map((e) => editionPath(e.id))).toEqual(['/', '/zh-hant/', '/en/']);
		expect(editionOf(undefined)).toBe('zh-Hans');
		expect(editionOf('en')).toBe('en');
		expect(() => editionOf('fr')).toThrow('editions: no edition at /fr/');
		expect(editionOfPath('/zh-hant/')).toBe('zh-Hant');
		expect(editionOfPath('/en/embed/')).toBe('en');
		expect(editionOfPath('/')).toBe('zh-Hans');
	});

	it('have the same chapters, steps, callouts and chart states in every language', () => {
		const shape = (page: typeof en) =>
			page.chapters.map((c) => [
				c.id,
				c.steps.length,
				c.callouts.map((k) => [k.key, k.step]),
				c.figureSteps
			]);
		expect(shape(en)).toEqual(shape(hans));
		expect(shape(hant)).toEqual(shape(hans));
		const { charts } = hans;
		const states = (page: typeof en) => [
			page.charts['areas-overview'].data.rows.map((r) => [
				r.chapter,
				r.anchor.kind,
				r.anchor.parts.filter((p) => p.amount).length
			]),
			...CHART_IDS.map((id) => {
				const steps = page.chapters.find((c) => c.id === CHARTS[id].chapter)!.steps;
				const state = chartEntry(id).state;
				// The state of every chart at every step of its chapter, and its captions' count.
				return [
					id,
					steps.map((_, i) => state(page.charts[id].data, i)),
					page.charts[id].text.captions.length
				];
			})
		];
		expect(Object.keys(charts)).toEqual(CHART_IDS);
		expect(states(en)).toEqual(states(hans));
	});
});

describe('the Traditional edition', () => {
	it('is the extract’s Traditional text, sentence by sentence', () => {
		const paragraphs = story.paragraphs.filter((p) => p.role !== 'byline' && p.role !== 'editor');
		const hantSentences = paragraphs.flatMap((p) =>
			p.sentences.map((s) => story.textHant.slice(s.start, s.end))
		);
		const steps = hant.chapters.flatMap((c) => c.steps.map((s) => stepText(s, 'zh-Hant')));
		for (const step of steps) expect(hantSentences).toContain(step);
	});

	it('has the corrected characters, and our words converted too', () => {
		const all = strings(hant).join('\n');
		for (const word of ['採訪', '奮鬥', '剩餘']) expect(all).toContain(word);
		for (const word of ['采访', '奋斗', '剩余']) expect(all).not.toContain(word);
		expect(hant.lang).toBe('zh-Hant');
		expect(hant.title.join('')).toBe('汾西縣2020年：全力以赴抓好八個方面的工作');
		expect(hant.ui.graphicNote).toBe('圖中數字取自原文，或由原文數字計算');
	});
});

describe('the map in each edition', () => {
	const locator = locatorJson as Locator;
	it('carries the labels placed for that edition’s names, and no other edition’s', () => {
		for (const page of [hans, hant, en]) {
			const { views } = page.charts['locator-map'].data;
			for (const view of VIEW_IDS) {
				const { labels, k, x, y, highlight } = views[view];
				expect(labels, `${page.lang} ${view}`).toEqual(locator.views[view].labels[page.lang]);
				expect({ k, x, y, highlight }).toEqual({
					k: locator.views[view].k,
					x: locator.views[view].x,
					y: locator.views[view].y,
					highlight: locator.views[view].highlight
				});
			}
		}
		const linfen = (page: typeof en) =>
			page.charts['locator-map'].data.views.linfen.labels.map((l) => l.text);
		expect(linfen(hant)).toContain('汾西縣');
		expect(linfen(en)).toContain('Fenxi');
		// The city map's words too, placed for their own edition's words.
		expect(hant.charts['city-map'].data.arrows.drawing.words.map((w) => w.text)).toEqual([
			'南聯',
			'西擴'
		]);
		expect(hant.charts['city-map'].data.arrows.drawing.labels.map((l) => l.text)).toContain(
			'汾西縣'
		);
	});
});

describe('the English translation', () => {
	it('is aligned with the extract: every paragraph, every sentence, headings split', () => {
		expect(() => checkAlignment(story)).not.toThrow();
		expect(Object.keys(article)).toEqual(story.paragraphs.map((p) => p.id));
	});

	it.each([
		[
			'a missing paragraph',
			{ ...article, p14: undefined },
			'paragraph p14 (editor) is not translated'
		],
		['an extra paragraph', { ...article, p15: ['More.'] }, 'paragraph p15 is not in story.json'],
		[
			'a sentence too few',
			{ ...article, p7: article.p7!.slice(0, 2) },
			'paragraph p7 has 3 sentences, its translation 2'
		],
		[
			'a heading not split in two',
			{ ...article, p4: ['Focus on poverty.', ...article.p4!.slice(1)] },
			'sentence 1 of paragraph p4 is a heading and must be split in two'
		]
	])('fails the build on %s', (_, translation, message) => {
		const broken = Object.fromEntries(
			Object.entries(translation).filter(([, v]) => v !== undefined)
		) as typeof article;
		expect(() => checkAlignment(story, broken)).toThrow(`translation: ${message}`);
	});

	/** How the English writes a figure of the extract: the forms that count as it. */
	function englishForms(f: StoryFigure): RegExp {
		const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July'];
		const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth'];
		switch (f.kind) {
			case 'month':
				return new RegExp(`\\b${MONTHS[f.value - 1]}\\b`, 'g');
			case 'ordinal':
				return new RegExp(`\\b(${ORDINALS[f.value]}|${f.value}(st|nd|rd|th))\\b`, 'gi');
			case 'plan':
				return new RegExp(`\\b${f.value}th five-year plan\\b`, 'gi');
			default: {
				const digits = f.kind === 'count' ? f.value.toLocaleString('en') : String(f.value);
				return new RegExp(`(?<![\\d,])(${digits}|${numberWord(f.value)})(?![\\d,])`, 'gi');
			}
		}
	}

	it('states every figure of each paragraph in its English paragraph', () => {
		for (const p of story.paragraphs) {
			const figures = story.figures.filter((f) => f.paragraph === p.id);
			const english = englishParagraph(p.id);
			const byForm = new Map<string, StoryFigure[]>();
			for (const f of figures) {
				const key = englishForms(f).source;
				byForm.set(key, [...(byForm.get(key) ?? []), f]);
			}
			for (const same of byForm.values()) {
				const found = english.match(englishForms(same[0]!)) ?? [];
				expect(
					found.length,
					`${p.id}: ${same.map((f) => f.source).join(', ')} in “${english.slice(0, 80)}…”`
				).toBeGreaterThanOrEqual(same.length);
			}
		}
	});

	it('would catch a figure the translation drops or changes', () => {
		const p7 = englishParagraph('p7');
		const f = story.figures.find((x) => x.id === 'projects-29')!;
		expect(p7.match(englishForms(f))).toHaveLength(1);
		expect(p7.replace('29', '28').match(englishForms(f))).toBeNull();
	});

	it('renders each glossary term the same way wherever the Chinese has it', () => {
		for (const term of glossary) {
			const paragraphs = story.paragraphs.filter((p) => p.text.includes(term.zh));
			expect(paragraphs.length, `${term.zh} is in the article`).toBeGreaterThan(0);
			for (const p of paragraphs) {
				expect(englishParagraph(p.id), `${p.id}: ${term.zh} → ${term.en}`).toContain(term.en);
			}
		}
	});

	it('leaves no Chinese in the English page but names in parentheses', () => {
		const { glossary: terms, ...page } = en;
		const chinese = strings(page)
			.map((s) => s.replace(/\([^)]*\)/gu, ''))
			.filter((s) => /\p{Script=Han}/u.test(s));
		expect(chinese).toEqual([]);
		expect(terms!.entries.map((t) => t.zh)).toEqual(glossary.map((t) => t.zh));
	});

	it('credits people in pinyin and cites the extract’s numbers in English form', () => {
		expect(en.ui.credits).toEqual(['Reporter: Wang Dezheng', 'Editor: Ji Zheng']);
		expect(en.title.join('')).toBe('Fenxi County in 2020: going all out in eight areas of work');
		const outlook = en.chapters.find((c) => c.id === 'outlook')!;
		expect(outlook.callouts[0]!.display).toMatchObject({ value: 150000, magnitude: '' });
		// The phrase counted in the translation, quoted in the label, not repeated under it.
		expect(outlook.callouts[1]).toMatchObject({
			label: 'times “treasure all the more”',
			detail: null
		});
		expect(outlook.callouts[1]!.display!.value).toBe(4);
	});
});
