import { stepText } from '$lib/charts/types';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/registry';
import { CHAPTER_IDS, type ChapterId } from '$lib/extract/chapters';
import { parseStory } from '$lib/extract/schema';
import { editionPage } from '$lib/server/editions';
import type { ChapterSpec } from '$lib/content/types';
import { storyChapters } from '$lib/model/chapters';
import { oneChart, storyShell } from '$lib/model/slices';
import { extractText } from '$lib/translation/text';

const story = parseStory(JSON.parse(readFileSync('static/data/story.json', 'utf8')));
const page = editionPage('zh-Hans');
const chapter = (id: string) => page.chapters.find((c) => c.id === id)!;
const noCallouts: Record<ChapterId, ChapterSpec> = Object.fromEntries(
	CHAPTER_IDS.map((id): [ChapterId, ChapterSpec] => [id, { callouts: [] }])
) as Record<ChapterId, ChapterSpec>;

describe('storyPage', () => {
	it('composes the headline from the extract figures', () => {
		expect(page.title.join('')).toBe('汾西县2020年：全力以赴抓好八个方面的工作');
	});

	it('has every chapter in order, areas numbered 1–8 with the article headings', () => {
		expect(page.chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
		expect(page.chapters.filter((c) => c.number).map((c) => c.number)).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8
		]);
		expect(chapter('poverty').heading).toEqual({ first: '聚焦巩固提升', second: '决胜脱贫攻坚' });
		expect(chapter('outlook').heading).toEqual({ text: '战鼓声声，催人奋进' });
	});

	it('makes the sentences after a heading the steps', () => {
		expect(chapter('poverty').steps.map((s) => stepText(s, 'zh-Hans'))).toEqual([
			'坚持“减贫防贫”两手抓，全面完成剩余211户509名建档立卡贫困人口脱贫任务。',
			'加强脱贫监测户、边缘户“两类户”动态监测，严防“返贫风险”。',
			'统筹开发式扶贫和保障性兜底，探索建立防贫预警机制和解决相对贫困长效机制，加大相对贫困群体产业就业、教育医疗、住房养老等方面工作力度，实现脱贫攻坚与乡村振兴有机衔接。'
		]);
		expect(chapter('intro').steps.filter((s) => s.paragraphStart)).toHaveLength(2);
	});

	it('takes callout numbers from the extract and reveals each at the step that states it', () => {
		const [households, people, share, kinds] = chapter('poverty').callouts;
		expect(households).toMatchObject({ figure: 'poverty-211', step: 0, unit: '户' });
		expect(households!.display!.value).toBe(211);
		expect(people!.display!.value).toBe(509);
		// “两类户” is a name: set as words, with what it stands for, never as a number 2.
		expect(kinds).toMatchObject({
			kind: 'words',
			step: 1,
			display: null,
			words: '“两类户”',
			detail: '脱贫监测户、边缘户'
		});
		// The remaining registered poor, not a poverty rate; to the precision 15万 allows.
		expect(share).toMatchObject({
			kind: 'ratio',
			redundant: false,
			label: '剩余建档立卡贫困人口占全县约15万人口的比例',
			detail: '509 ÷ 150,000 ≈ 0.3%'
		});
		expect(share!.display).toMatchObject({ decimals: 1, magnitude: '%' });
		expect(share!.display!.value).toBeCloseTo((509 / 150000) * 100, 10);
	});

	it('writes 150,000 as 15万, as the article does, and counts phrases in the text', () => {
		const [people, cherish] = chapter('outlook').callouts;
		expect(people!.display).toMatchObject({ value: 15, magnitude: '万' });
		expect(cherish).toMatchObject({ kind: 'phrase', label: '“倍加珍惜”', detail: null });
		expect(cherish!.display!.value).toBe(4);
	});

	it('prints the cleaning counts of the extract in the method note, amounts apart from names', () => {
		expect(page.ui.method).toContain(`删去拼音注音 ${story.cleaning.pinyinAnnotations} 处`);
		const amounts = story.figures.filter((f) => f.role === 'amount').length;
		const names = story.figures.filter((f) => f.role === 'name').length;
		expect(amounts + names).toBe(story.figures.length);
		expect(page.ui.method).toContain(
			`${story.figures.length} 处数字：其中 ${amounts} 处是数量或日期`
		);
		expect(page.ui.method).toContain(`${names} 处是名称`);
	});
});

describe('storyShell', () => {
	it('keeps what the page shows around its islands, and none of their words', () => {
		const shell = storyShell(page);
		expect(shell.chapters.find((c) => c.id === 'poverty')).toEqual({
			id: 'poverty',
			number: 1,
			areaLabel: '第1项，共8项：',
			heading: { first: '聚焦巩固提升', second: '决胜脱贫攻坚' }
		});
		expect(shell.ui.kicker).toEqual(page.ui.kicker);
		// The masthead, the credits and the embed panel are islands: their words are not here.
		for (const key of ['menu', 'credits', 'method', 'downloads', 'share', 'embed'])
			expect(Object.keys(shell.ui)).not.toContain(key);
		expect(Object.keys(shell)).not.toContain('glossary');
		const text = JSON.stringify(shell);
		const steps = page.chapters.flatMap((c) => c.steps.map((s) => stepText(s, page.lang)));
		expect(steps.filter((step) => text.includes(step))).toEqual([]);
	});
});

describe('oneChart', () => {
	it('keeps of the page only what one chart draws: its own part', () => {
		for (const chart of CHART_IDS) {
			const data = oneChart(page, chart);
			expect(Object.keys(data.charts)).toEqual([chart]);
			expect(data.charts[chart]).toBe(page.charts[chart]);
			expect(data).toMatchObject({ lang: 'zh-Hans', ui: { graphicNote: page.ui.graphicNote } });
		}
		// The opening's map carries no arrows: they are the city map's.
		expect(JSON.stringify(oneChart(page, 'locator-map'))).not.toContain('"arrows"');
	});
});

describe('storyChapters fails the build on a citation the extract does not hold', () => {
	const withCallout = (id: 'poverty' | 'city', spec: ChapterSpec['callouts'][number]) => ({
		...noCallouts,
		[id]: { callouts: [spec] }
	});

	it.each([
		[
			'a figure id that does not exist',
			'poverty',
			{ kind: 'figure', figure: 'poverty-212', label: '' },
			'content: chapter poverty: no figure "poverty-212" in story.json'
		],
		[
			'a figure from another chapter',
			'city',
			{ kind: 'figure', figure: 'poverty-211', label: '' },
			"content: chapter city: figure poverty-211 is not in the chapter's text"
		],
		[
			'a list item that is in no list',
			'city',
			{ kind: 'list', item: '汾西机场', unit: '', label: '' },
			'content: chapter city: no list in its text has the item "汾西机场"'
		],
		[
			'a list from another chapter',
			'city',
			{ kind: 'list', item: '肉鸡', unit: '', label: '' },
			'content: chapter city: no list in its text has the item "肉鸡"'
		],
		[
			'an excerpt that is not verbatim in the chapter',
			'city',
			{ kind: 'excerpt', text: '汾西大机场', label: '' },
			'content: chapter city: "汾西大机场" is not in the chapter\'s zh-Hans text'
		]
	] as const)('%s', (_, chapter, spec, message) => {
		expect(() =>
			storyChapters(story, extractText(story), withCallout(chapter, spec), CHAPTER_IDS)
		).toThrow(message);
	});
});
