import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStory } from '$lib/extract/extract';
import { figuresToCsv, storyToJson } from '$lib/extract/serialize';

const SOURCE = 'data/source/article.raw.txt';
const story = extractStory(readFileSync(SOURCE), { sourcePath: SOURCE, expectAreas: 8 });

describe('the extract of the real article (golden)', () => {
	it('finds the eight focus areas in order, with both halves of each heading', () => {
		expect(
			story.areas.map((a) => [a.chapter, a.heading.first.text, a.heading.second.text])
		).toEqual([
			['poverty', '巩固提升', '决胜脱贫攻坚'],
			['city', '品质提升', '推进“六城联创”'],
			['environment', '污染防治', '改善生态环境'],
			['projects', '项目建设', '培育发展动能'],
			['industry', '转型升级', '加快产业发展'],
			['reform', '瓶颈破解', '深化改革创新'],
			['safety', '风险防控', '维护安全稳定'],
			['livelihoods', '群众关切', '增进民生福祉']
		]);
		expect(story.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	});

	it('gives the paragraphs their roles', () => {
		expect(story.paragraphs.map((p) => p.role)).toEqual([
			'lede',
			'commentary',
			'framework',
			...Array(8).fill('focus-area'),
			'closing',
			'byline',
			'editor'
		]);
		expect(story.credits).toEqual({ reporter: '王德政', editor: '吉政' });
	});

	it('finds the key figures', () => {
		const byId = (id: string) => story.figures.find((f) => f.id === id);
		expect(byId('poverty-211')).toMatchObject({ value: 211, unit: '户', source: '211户' });
		expect(byId('poverty-509')).toMatchObject({ value: 509, unit: '名', source: '509名' });
		expect(byId('projects-29')).toMatchObject({ value: 29, unit: '个', source: '29个' });
		expect(byId('outlook-150000')).toMatchObject({ value: 150000, source: '15万' });
		expect(byId('framework-2020')).toMatchObject({ value: 2020, kind: 'year' });
		expect(byId('framework-8')).toMatchObject({ value: 8, source: '八个' });
		expect(byId('framework-13')).toMatchObject({ value: 13, kind: 'plan', source: '十三五' });
	});

	it('lists every figure it found, in text order', () => {
		expect(story.figures.map((f) => `${f.id}=${f.source}`)).toEqual([
			'intro-5=五月',
			'intro-2=两会',
			'intro-2-2=两会',
			'framework-2020=2020年',
			'framework-2=两会',
			'framework-1133=1133',
			'framework-3=三大',
			'framework-6=六稳',
			'framework-13=十三五',
			'framework-8=八个',
			'poverty-2=两手',
			'poverty-211=211户',
			'poverty-509=509名',
			'poverty-2-2=两类',
			'city-6=六城',
			'city-3=三垣',
			'city-1=一城',
			'city-2=第二',
			'projects-14=十四五',
			'projects-29=29个',
			'industry-1=一区',
			'industry-3=三园',
			'outlook-150000=15万'
		]);
	});

	it('counts seven amounts; every other numeral is a word of a name or an idiom', () => {
		const amounts = story.figures.filter((f) => f.role === 'amount').map((f) => f.source);
		expect(amounts).toEqual(['五月', '2020年', '八个', '211户', '509名', '29个', '15万']);
		expect(story.figures.filter((f) => f.role === 'name')).toHaveLength(16);
	});

	it('slices the canonical text to every figure, item and heading (offset round trip)', () => {
		for (const f of story.figures) expect(story.text.slice(f.start, f.end)).toBe(f.source);
		for (const e of story.enumerations) {
			for (const item of e.items) expect(story.text.slice(item.start, item.end)).toBe(item.text);
		}
		for (const a of story.areas) {
			expect(story.text.slice(a.heading.start, a.heading.end)).toBe(a.heading.text);
		}
	});

	it('finds the lists the chapters draw on', () => {
		const lists = story.enumerations.map(
			(e) => e.items.map((i) => i.text).join('、') + (e.category ? `等${e.category.text}` : '')
		);
		expect(lists).toEqual(
			expect.arrayContaining([
				'肉鸡、核桃、玉露香梨、光伏等特色产业',
				'洪昌养殖、晋西核桃、高寒农牧等龙头企业',
				'威风锣鼓、舞狮等文化品牌',
				'汾西中学、汾西大医院、幸福敬老院',
				'古楼广场、农贸市场、第二热源厂、出租汽车站',
				'城市集中供热、煤改气、煤改电等清洁取暖改造工程',
				'争政策、争项目、争资金',
				'储备、签约、落地',
				'早准备、早部署、早启动',
				'历史性、积累性、瓶颈性',
				'通堵点、破难点',
				'平安汾西、法治汾西',
				'获得感、幸福感、安全感'
			])
		);
	});

	it('is clean Simplified text: no pinyin, stray commas, half-width punctuation or Traditional forms', () => {
		expect(story.text).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
		expect(story.text).not.toMatch(/[,;!?:()]/);
		expect(story.text).not.toMatch(/[，、][，、。]/);
		expect(story.text).not.toMatch(/[臨網訊貫徹會報記縣書說]/);
		expect(story.text).toContain('本报记者采访了');
	});

	it('makes the Traditional edition afresh, with the corrected characters', () => {
		for (const word of ['採訪', '奮鬥', '剩餘']) expect(story.textHant).toContain(word);
		for (const wrong of ['采訪', '奮斗', '剩余']) expect(story.textHant).not.toContain(wrong);
		expect(story.paragraphs[0]!.textHant).toMatch(/^臨汾新聞網訊/);
	});

	it('sets the Traditional text with Taiwan’s quotation marks and 編製 for drawing up a plan', () => {
		expect(story.textHant).not.toMatch(/[“”‘’]/);
		expect(story.textHant).toContain('持續推進「1133」發展戰略');
		expect(story.textHant).toContain('喊口號跑不出『加速度』');
		expect(story.textHant).toContain('省市編製「十四五」規劃');
		expect(story.textHant).toHaveLength(story.text.length);
	});

	it('reproduces the committed files byte for byte', () => {
		expect(storyToJson(story)).toBe(readFileSync('static/data/story.json', 'utf8'));
		expect(figuresToCsv(story)).toBe(readFileSync('static/data/figures.csv', 'utf8'));
	});
});
