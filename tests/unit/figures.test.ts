import { describe, expect, it } from 'vitest';
import { findFigures } from '$lib/extract/figures';
import { paragraph } from './helpers';

const find = (text: string) =>
	findFigures([paragraph(text)]).map(({ value, unit, kind, role, source, term }) => ({
		value,
		unit,
		kind,
		role,
		source,
		term
	}));

describe('findFigures', () => {
	it('reads Arabic numerals with their counter words', () => {
		expect(find('全面完成剩余211户509名贫困人口脱贫，抓好29个重点项目')).toEqual([
			{ value: 211, unit: '户', kind: 'count', role: 'amount', source: '211户', term: null },
			{ value: 509, unit: '名', kind: 'count', role: 'amount', source: '509名', term: null },
			{ value: 29, unit: '个', kind: 'count', role: 'amount', source: '29个', term: null }
		]);
	});

	it('multiplies 万', () => {
		expect(find('全县15万父老乡亲')).toEqual([
			{ value: 150000, unit: null, kind: 'count', role: 'amount', source: '15万', term: null }
		]);
	});

	it('keeps decimals and thousands separators, and reads percentages and dates', () => {
		expect(find('投资2.5万元，增长10.5%，惠及1,000户，2020年5月12日')).toEqual([
			{ value: 25000, unit: '元', kind: 'count', role: 'amount', source: '2.5万元', term: null },
			{ value: 10.5, unit: '%', kind: 'percent', role: 'amount', source: '10.5%', term: null },
			{ value: 1000, unit: '户', kind: 'count', role: 'amount', source: '1,000户', term: null },
			{ value: 2020, unit: '年', kind: 'year', role: 'amount', source: '2020年', term: null },
			{ value: 5, unit: '月', kind: 'month', role: 'amount', source: '5月', term: null },
			{ value: 12, unit: '日', kind: 'day', role: 'amount', source: '12日', term: null }
		]);
	});

	it('reads Chinese numerals in 万 without a measure word, and years written digit by digit', () => {
		expect(find('全县十五万父老乡亲，二〇二〇年，用了三年')).toEqual([
			{ value: 150000, unit: null, kind: 'count', role: 'amount', source: '十五万', term: null },
			{ value: 2020, unit: '年', kind: 'year', role: 'amount', source: '二〇二〇年', term: null },
			{ value: 3, unit: '年', kind: 'count', role: 'amount', source: '三年', term: null }
		]);
	});

	it('skips ranges and words made of 千 and 万', () => {
		expect(find('来了两三个人，千家万户，五六十个')).toEqual([]);
	});

	it('tells a year from a count', () => {
		expect(find('2020年，汾西')[0]).toMatchObject({ value: 2020, kind: 'year', unit: '年' });
	});

	it('reads a quoted number as a term', () => {
		expect(find('持续推进“1133”发展战略')).toEqual([
			{ value: 1133, unit: null, kind: 'term', role: 'name', source: '1133', term: '1133' }
		]);
	});

	it('reads Chinese numerals in counted phrases', () => {
		expect(find('抓好八个方面的工作，打好三大攻坚战，加强“两类户”监测')).toEqual([
			{ value: 8, unit: '个', kind: 'count', role: 'amount', source: '八个', term: null },
			{ value: 3, unit: '大', kind: 'count', role: 'name', source: '三大', term: null },
			{ value: 2, unit: '类', kind: 'term', role: 'name', source: '两类', term: '两类户' }
		]);
	});

	it('reads every numeral of a quoted term', () => {
		expect(
			find('围绕“三垣一城”总体布局，打造“一区三园”，做好“六稳”，推进“六城联创”，市“两会”')
		).toEqual([
			{ value: 3, unit: '垣', kind: 'term', role: 'name', source: '三垣', term: '三垣一城' },
			{ value: 1, unit: '城', kind: 'term', role: 'name', source: '一城', term: '三垣一城' },
			{ value: 1, unit: '区', kind: 'term', role: 'name', source: '一区', term: '一区三园' },
			{ value: 3, unit: '园', kind: 'term', role: 'name', source: '三园', term: '一区三园' },
			{ value: 6, unit: '稳', kind: 'term', role: 'name', source: '六稳', term: '六稳' },
			{ value: 6, unit: '城', kind: 'term', role: 'name', source: '六城', term: '六城联创' },
			{ value: 2, unit: '会', kind: 'term', role: 'name', source: '两会', term: '两会' }
		]);
	});

	it('reads 十三五 and 十四五 as the 13th and 14th Five-Year Plans', () => {
		expect(find('确保“十三五”规划圆满收官，编制“十四五”规划')).toEqual([
			{ value: 13, unit: null, kind: 'plan', role: 'name', source: '十三五', term: '十三五' },
			{ value: 14, unit: null, kind: 'plan', role: 'name', source: '十四五', term: '十四五' }
		]);
	});

	it('tells amounts from numerals that are words of a name or an idiom', () => {
		expect(find('坚持“减贫防贫”两手抓，打好三大攻坚战，抓好八个方面').map((f) => f.role)).toEqual([
			'name',
			'name',
			'amount'
		]);
	});

	it('reads ordinals and months', () => {
		expect(find('五月的汾西，第二热源厂')).toEqual([
			{ value: 5, unit: '月', kind: 'month', role: 'amount', source: '五月', term: null },
			{ value: 2, unit: null, kind: 'ordinal', role: 'name', source: '第二', term: null }
		]);
	});

	it('does not take words that merely contain a numeral for figures', () => {
		expect(
			find('落地一批大项目，实现预算和绩效管理一体化，统一部署，让老百姓的日子越过越好')
		).toEqual([]);
	});

	it('gives spans that slice the text to the source, and ids by chapter and value', () => {
		const text = '汾西两会，211户，又一个两会';
		const figures = findFigures([paragraph(text, 'poverty')]);
		for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.source);
		expect(figures.map((f) => f.id)).toEqual(['poverty-211']);
	});

	it('numbers repeats of one value in a chapter', () => {
		const figures = findFigures([paragraph('“两会”精神，“两会”部署', 'intro')]);
		expect(figures.map((f) => f.id)).toEqual(['intro-2', 'intro-2-2']);
	});
});
