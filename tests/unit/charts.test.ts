import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { areasOverview } from '$lib/charts/AreasOverview/data';
import { groupChart } from '$lib/charts/GroupChart/data';
import { peopleUnits } from '$lib/charts/PeopleUnits/data';
import { povertyUnits } from '$lib/charts/PovertyUnits/data';
import { projectTiles } from '$lib/charts/ProjectTiles/data';
import { markPath } from '$lib/charts/UnitGrid/path';
import { parseStory } from '$lib/extract/schema';
import { editionPage } from '$lib/server/editions';

const story = parseStory(JSON.parse(readFileSync('static/data/story.json', 'utf8')));
const page = editionPage('zh-Hans');
describe('areasOverview', () => {
	it('gives each of the eight areas its heading and its anchor, amounts marked', () => {
		const rows = areasOverview(page.chapters);
		expect(rows.map((r) => [r.number, r.chapter, r.anchor.kind])).toEqual([
			[1, 'poverty', 'figure'],
			[2, 'city', 'named'],
			[3, 'environment', 'list'],
			[4, 'projects', 'figure'],
			[5, 'industry', 'list'],
			[6, 'reform', 'named'],
			[7, 'safety', 'named'],
			[8, 'livelihoods', 'list']
		]);
		expect(rows[0]).toMatchObject({ first: '聚焦巩固提升', second: '决胜脱贫攻坚' });
		expect(rows[0]!.anchor.parts).toEqual([
			{ text: '剩余', amount: false },
			{ text: '211户', amount: true },
			{ text: '509名', amount: true },
			{ text: '建档立卡贫困人口', amount: false }
		]);
	});

	it('fails the build on an area without an anchor, naming it', () => {
		const chapters = page.chapters.map((c) => (c.id === 'safety' ? { ...c, anchor: null } : c));
		expect(() => areasOverview(chapters)).toThrow('chart: area 7 (safety) has no anchor');
	});
});

describe('povertyUnits', () => {
	it('takes 509 people, 211 households and 150,000 residents from the extract', () => {
		expect(povertyUnits(story)).toEqual({ people: 509, households: 211, population: 150000 });
	});

	it('fails on a figure the extract does not hold, naming the chart', () => {
		const without = { ...story, figures: story.figures.filter((f) => f.id !== 'poverty-509') };
		expect(() => povertyUnits(without)).toThrow(
			'chart poverty-units: no figure "poverty-509" in story.json'
		);
	});
});

describe('peopleUnits', () => {
	it('makes 150,000 people 150 marks of 1,000', () => {
		expect(peopleUnits(story)).toEqual({
			population: 150000,
			perMark: 1000,
			marks: 150
		});
	});

	it('refuses a mark size that does not divide the population', () => {
		expect(() => peopleUnits(story, 7000)).toThrow(/not a whole number of marks/);
	});
});

describe('projectTiles', () => {
	it('keeps the batch to attract and its stages apart from the 29 key projects and their pace', () => {
		expect(projectTiles(story)).toEqual({
			batch: ['储备', '签约', '落地'],
			tiles: 29,
			pace: ['早准备', '早部署', '早启动']
		});
	});
});

describe('chart steps', () => {
	it('take the step that states each figure from the text', () => {
		// 211户509名, 29个 and 15万 open their chapters' steps (the projects' second).
		expect(
			[page.charts['poverty-units'], page.charts['project-tiles'], page.charts['people-units']].map(
				(c) => c.data.step
			)
		).toEqual([0, 1, 0]);
	});
});

describe('unit grid paths', () => {
	/** Where each mark's subpath starts, in absolute grid cells: the path walked command by command. */
	function markStarts(d: string): [number, number][] {
		const starts: [number, number][] = [];
		let at: [number, number] = [0, 0];
		for (const [, command, args] of d.matchAll(/([MmAaHhVvZz])([^MmAaHhVvZz]*)/g)) {
			const n = args!
				.trim()
				.split(/[\s,]+/)
				.filter(Boolean)
				.map(Number);
			if (command === 'M') at = [n[0]!, n[1]!];
			else if (command === 'm') at = [at[0] + n[0]!, at[1] + n[1]!];
			else if (command === 'a') at = [at[0] + n[5]!, at[1] + n[6]!];
			else if (command === 'h') at = [at[0] + n[0]!, at[1]];
			else if (command === 'v') at = [at[0], at[1] + n[0]!];
			else if (command === 'z') at = starts.at(-1)!;
			else throw new Error(`unexpected command ${command}`);
			if (command === 'M' || command === 'm') starts.push(at);
		}
		return starts;
	}

	it("fill rows left to right from the group's top row, each mark a dot at its cell's centre", () => {
		expect(markPath({ key: 'h', count: 3, kind: 'square', top: 10 }, 2)).toBe(
			'M0.5 10.5h0m1 0h0m-1 1h0'
		);
		expect(markPath({ key: 'p', count: 2, kind: 'circle', top: 0 }, 30)).toBe('M0.5 0.5h0m1 0h0');
		expect(markPath({ key: 'none', count: 0, kind: 'circle', top: 0 }, 30)).toBe('');
	});

	it('draw one subpath per mark, each in its own cell: 509 people, 211 households', () => {
		for (const [kind, count, top] of [
			['circle', 509, 0],
			['square', 211, 3]
		] as const) {
			const starts = markStarts(markPath({ key: kind, count, kind, top }, 30));
			expect(starts).toHaveLength(count);
			starts.forEach(([x, y], i) => {
				expect(x).toBeCloseTo((i % 30) + 0.5, 9);
				expect(y).toBeCloseTo(top + Math.floor(i / 30) + 0.5, 9);
			});
		}
	});

	it('carry 509 marks in six bytes each, and repeat themselves, so that they compress', () => {
		const d = markPath({ key: 'people', count: 509, kind: 'circle', top: 0 }, 30);
		expect(d.length).toBeLessThanOrEqual(509 * 7);
		expect(gzipSync(d).length).toBeLessThan(100);
	});

	it('refuse a count or a grid that cannot be drawn, naming the group', () => {
		expect(() =>
			markPath({ key: 'households', count: Infinity, kind: 'square', top: 0 }, 30)
		).toThrow('unit grid: group "households" needs a whole count of marks, not Infinity');
		expect(() => markPath({ key: 'p', count: 2.5, kind: 'circle', top: 0 }, 30)).toThrow(/not 2.5/);
		expect(() => markPath({ key: 'p', count: 2, kind: 'circle', top: 0 }, 0)).toThrow(
			'unit grid: a grid needs a whole number of columns, not 0'
		);
	});
});

describe('group charts', () => {
	it('finds every annotated item verbatim in its chapter, and shows each group at its step', () => {
		const env = page.charts['environment-tree'].data;
		expect(env.groups.map((g) => [g.label, g.step])).toEqual([
			['空气', 0],
			['水', 1],
			['土壤', 2]
		]);
		const reform = page.charts['reform-flow'].data;
		expect(reform.result).toEqual({
			label: '集中力量',
			items: ['通堵点', '破难点'],
			step: 1,
			from: '重点难点问题'
		});
	});

	it('puts a flow result under the one group it comes from', () => {
		expect(page.charts['reform-flow'].data.result!.from).toBe('重点难点问题');
		const city = page.chapters.find((c) => c.id === 'reform')!;
		expect(() =>
			groupChart(
				city,
				'zh-Hans',
				{
					layout: 'flow',
					groups: [{ label: '改革', items: ['财税体制改革'] }],
					result: { label: '集中力量', items: ['通堵点'], from: '问题' }
				},
				'chart reform-flow'
			)
		).toThrow('chart reform-flow: the result comes from "问题", which is no group');
	});

	it('refuses a group without items', () => {
		const city = page.chapters.find((c) => c.id === 'city')!;
		expect(() =>
			groupChart(
				city,
				'zh-Hans',
				{ layout: 'groups', groups: [{ label: '空', items: [] }] },
				'chart city-projects'
			)
		).toThrow('chart city-projects: group "空" has no items');
	});

	it('fails the build on an item that is not in the text, naming it', () => {
		const city = page.chapters.find((c) => c.id === 'city')!;
		expect(() =>
			groupChart(
				city,
				'zh-Hans',
				{ layout: 'groups', groups: [{ label: 'x', items: ['汾西机场'] }] },
				'chart city-projects'
			)
		).toThrow('chart city-projects: "汾西机场" is not in the text of chapter city');
	});
});
