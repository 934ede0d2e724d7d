import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/ids';
import { CHARTS } from '$lib/charts/registry';
import { DEFAULT_OPTIONS, withOptions } from '$lib/embed/options';
import { iframeSnippet, pymSnippet } from '$lib/embed/snippets';
import { EVENT_SCHEMA, EVENT_VERSION, readerMessage } from '$lib/events/schema';
import { CHAPTER_IDS } from '$lib/extract/chapters';
import { chapterChart, STORY_CHART } from '$lib/server/oembed';

describe('embed options in a URL', () => {
	const url = 'https://example.org/en/embed/chart/poverty-units/';

	it('leaves the defaults out, and writes the others into the query', () => {
		expect(withOptions(url, DEFAULT_OPTIONS)).toBe(url);
		expect(withOptions(url, { theme: 'dark', plain: true, transparent: true })).toBe(
			`${url}?theme=dark&plain=1&transparent=1`
		);
		expect(withOptions(url, { ...DEFAULT_OPTIONS, theme: 'light' })).toBe(`${url}?theme=light`);
	});

	it('keeps a query the URL has', () => {
		expect(withOptions(`${url}?x=1`, { ...DEFAULT_OPTIONS, plain: true })).toBe(
			`${url}?x=1&plain=1`
		);
	});
});

describe('embed snippets', () => {
	it('escape what they put in attributes', () => {
		const iframe = iframeSnippet('https://e.org/?a=1&b="2"', 'A <b> & "c"', 720);
		expect(iframe).toContain('src="https://e.org/?a=1&amp;b=&quot;2&quot;"');
		expect(iframe).toContain('title="A &lt;b> &amp; &quot;c&quot;"');
		expect(iframe).toContain('height="720"');
		expect(pymSnippet('https://e.org/?a=1&b=2')).toContain(
			'data-pym-src="https://e.org/?a=1&amp;b=2"'
		);
	});
});

describe('oEmbed targets', () => {
	it('offer the overview of the areas for the story, and a chart of its own for every chapter', () => {
		expect(CHARTS[STORY_CHART].chapter).toBe('framework');
		for (const chapter of CHAPTER_IDS) {
			const chart = chapterChart(chapter);
			expect(CHART_IDS).toContain(chart);
			expect(CHARTS[chart].chapter).toBe(chapter);
		}
	});
});

describe('reader events', () => {
	it('carry the schema, its version and the page’s language with the event', () => {
		expect(readerMessage({ type: 'chart-seen', chart: 'poverty-units' }, 'en')).toEqual({
			schema: EVENT_SCHEMA,
			version: EVENT_VERSION,
			lang: 'en',
			type: 'chart-seen',
			chart: 'poverty-units'
		});
	});
});
