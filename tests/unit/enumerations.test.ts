import { describe, expect, it } from 'vitest';
import { findEnumerations } from '$lib/extract/enumerations';
import { paragraph } from './helpers';

const lists = (text: string) =>
	findEnumerations([paragraph(text)]).map((e) => ({
		items: e.items.map((i) => i.text),
		category: e.category?.text ?? null
	}));

describe('findEnumerations', () => {
	it('finds the items and the category after 等', () => {
		expect(lists('做大肉鸡、核桃、玉露香梨、光伏等特色产业，引导企业')).toEqual([
			{ items: ['肉鸡', '核桃', '玉露香梨', '光伏'], category: '特色产业' }
		]);
	});

	it('joins a final item with 和', () => {
		expect(lists('加快汾西中学、汾西大医院和幸福敬老院配套设施建设；')).toEqual([
			{ items: ['汾西中学', '汾西大医院', '幸福敬老院'], category: null }
		]);
	});

	it('finds two lists in one clause, split at 等', () => {
		expect(
			lists('引导洪昌养殖、晋西核桃、高寒农牧等龙头企业和专业合作社拓宽市场、完善链条。')
		).toEqual([
			{ items: ['洪昌养殖', '晋西核桃', '高寒农牧'], category: '龙头企业' },
			{ items: ['拓宽市场', '完善链条'], category: null }
		]);
	});

	it('uses a shared first character or a shared length to find the ends', () => {
		expect(lists('确保汾西县与全国、全省、全市同步全面建成小康社会。')[0]?.items).toEqual([
			'全国',
			'全省',
			'全市'
		]);
		expect(lists('聚焦面临的历史性、积累性、瓶颈性重点难点问题。')[0]?.items).toEqual([
			'历史性',
			'积累性',
			'瓶颈性'
		]);
		expect(
			lists('统筹推进稳增长、促改革、调结构、惠民生、防风险、保稳定各项工作，')[0]?.items
		).toEqual(['稳增长', '促改革', '调结构', '惠民生', '防风险', '保稳定']);
	});

	it('does not run a list across clause punctuation or quotes', () => {
		expect(lists('坚持“改革为要、创新为上”，深化改革')).toEqual([
			{ items: ['改革为要', '创新为上'], category: null }
		]);
		expect(lists('汾西，今年，明年。')).toEqual([]);
	});

	it('passes over a list with an empty item instead of failing', () => {
		expect(lists('甲、、乙，、丙、丁，戊、')).toEqual([]);
	});

	it('has no category where 等 ends the clause', () => {
		expect(lists('加强教育、医疗、住房等。')).toEqual([
			{ items: ['教育', '医疗', '住房'], category: null }
		]);
	});

	it('gives spans that slice the text to each item and category', () => {
		const text = '今年，做大肉鸡、核桃、玉露香梨、光伏等特色产业。';
		const [list] = findEnumerations([paragraph(text)]);
		for (const item of list!.items) expect(text.slice(item.start, item.end)).toBe(item.text);
		expect(text.slice(list!.category!.start, list!.category!.end)).toBe('特色产业');
		expect(text.slice(list!.start, list!.end)).toBe('肉鸡、核桃、玉露香梨、光伏等特色产业');
	});
});
