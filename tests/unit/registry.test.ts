import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHARTS, chartsOf } from '$lib/charts/registry';
import { en } from '$lib/content/en';
import { zhHans } from '$lib/content/zh-hans';
import { EDITIONS } from '$lib/editions';
import { CHAPTER_IDS } from '$lib/extract/chapters';
import { editionPage } from '$lib/server/editions';

describe('the chart registry', () => {
	it('gives every chart a component, a chapter of the story and a place in it', () => {
		for (const id of CHART_IDS) {
			const entry = CHARTS[id];
			expect(typeof entry.component, id).toBe('function');
			expect(CHAPTER_IDS, id).toContain(entry.chapter);
			expect(['graphic', 'after'], id).toContain(entry.position);
		}
	});

	it('gives every chart captions and a data table in every edition', () => {
		for (const { id: lang } of EDITIONS) {
			const page = editionPage(lang);
			for (const id of CHART_IDS) {
				const { text, data } = page.charts[id];
				const where = `${lang} ${id}`;
				expect(text.captions.length, where).toBeGreaterThan(0);
				for (const caption of text.captions) expect(caption.trim(), where).not.toBe('');
				expect(text.table.caption, where).not.toBe('');
				expect(text.table.rows.length, where).toBeGreaterThan(0);
				for (const row of text.table.rows)
					expect(row, where).toHaveLength(text.table.columns.length);
				// A state for every step of its chapter, each with its caption.
				const chapter = page.chapters.find((c) => c.id === CHARTS[id].chapter)!;
				for (let step = -1; step < chapter.steps.length; step++) {
					const state = (CHARTS[id].state as (d: unknown, a: number) => number)(data, step);
					expect(text.captions[state], `${where} at step ${step}`).toBeDefined();
				}
			}
		}
	});

	it('has the words of every chart in both dictionaries, by the same ids', () => {
		const words = (charts: object) =>
			Object.keys(charts).filter((k) => !['tableLabel', 'imageLabel', 'groups'].includes(k));
		expect(words(zhHans.charts).sort()).toEqual([...CHART_IDS].sort());
		expect(words(en.charts).sort()).toEqual([...CHART_IDS].sort());
	});

	it('stacks a chapter’s charts in the order of the ids: the city’s map above its groups', () => {
		expect(Object.keys(CHARTS)).toEqual(CHART_IDS);
		expect(chartsOf('city', 'graphic')).toEqual(['city-map', 'city-projects']);
		expect(chartsOf('framework', 'graphic')).toEqual([]);
		expect(chartsOf('framework', 'after')).toEqual(['areas-overview']);
	});
});
