import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapData } from '$lib/geo/build';
import { EDITIONS } from '$lib/editions';
import { toTraditional } from '$lib/extract/convert';
import { placeArrows } from '$lib/map/edition';
import { editionPage } from '$lib/server/editions';
import { labelEms, placeLabels } from '$lib/map/labels';
import { buildLocator } from '$lib/map/locator';
import { placeName } from '$lib/translation/places';
import { LABEL_SIZE, VIEW_IDS, viewNames, type Label, type Locator } from '$lib/map/views';

const map: MapData = JSON.parse(readFileSync('static/data/map.json', 'utf8'));
const { locator, svg } = buildLocator(map, {
	'zh-Hans': (zh) => zh,
	'zh-Hant': toTraditional,
	en: placeName
});

function box(l: Label) {
	const size = l.emphasis ? LABEL_SIZE.emphasis : LABEL_SIZE.normal;
	const w = labelEms(l.text) * size;
	const left = l.anchor === 'start' ? l.x : l.x - w / 2;
	return [left, l.y - size / 2, left + w, l.y + size / 2] as const;
}

type Box = readonly [number, number, number, number];
const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('placeLabels', () => {
	it('keeps labels in order of priority and drops those that would overlap or leave the map', () => {
		const kept = placeLabels([
			{ id: 'a', text: '汾西县', x: 300, y: 300, emphasis: true },
			{ id: 'b', text: '蒲县', x: 320, y: 305, emphasis: false },
			{ id: 'c', text: '隰县', x: 300, y: 400, emphasis: false },
			{ id: 'd', text: '霍州市', x: 5, y: 100, emphasis: false }
		]);
		expect(kept.map((l) => l.id)).toEqual(['a', 'c']);
	});

	it('keeps clear of marks already drawn, and places a label by its start', () => {
		const kept = placeLabels(
			[
				{ id: 'a', text: '南联', x: 300, y: 300, emphasis: true },
				{ id: 'b', text: '西扩', x: 300, y: 400, emphasis: true, anchor: 'start' },
				{ id: 'c', text: '西扩', x: 560, y: 200, emphasis: true, anchor: 'start' }
			],
			[[280, 290, 320, 310]]
		);
		// 'c' starts inside the map but runs out of it: only its start is at x.
		expect(kept.map((l) => l.id)).toEqual(['b']);
	});
});

describe('placeArrows: the city map with its arrows', () => {
	const words = {
		'zh-Hans': ['南联', '西扩'],
		'zh-Hant': ['南聯', '西擴'],
		en: ['link south', 'expand west']
	};

	it("places the arrows' words and the county's name clear of the arrows, of each other and of every other word, inside the map", () => {
		for (const e of EDITIONS) {
			const { drawing: arrows } = editionPage(e.id).charts['city-map'].data.arrows;
			expect(arrows.words.map((w) => w.text)).toEqual(words[e.id]);
			const name = (locator as Locator).views.fenxi.labels[e.id].find((l) => l.emphasis)!;
			expect(arrows.labels.find((l) => l.emphasis)).toMatchObject({
				text: name.text,
				anchor: 'start'
			});
			const [cx, cy] = arrows.centre;
			const marks: Box[] = [
				...arrows.lines.map((l): Box => [
					Math.min(l.x1, l.x2) - 8,
					Math.min(l.y1, l.y2) - 8,
					Math.max(l.x1, l.x2) + 8,
					Math.max(l.y1, l.y2) + 8
				]),
				[cx - 6, cy - 6, cx + 6, cy + 6]
			];
			const texts = [...arrows.labels, ...arrows.words];
			for (const [i, label] of texts.entries()) {
				const b = box(label);
				expect(b[0] >= 0 && b[1] >= 0 && b[2] <= 600 && b[3] <= 600, `${e.id} ${label.text}`).toBe(
					true
				);
				for (const m of marks)
					expect(overlap(b, m), `${e.id} ${label.text} / an arrow`).toBe(false);
				for (const other of texts.slice(i + 1))
					expect(overlap(b, box(other)), `${e.id} ${label.text} / ${other.text}`).toBe(false);
			}
		}
	});

	it('says which word does not fit, and where, rather than draw it over the map', () => {
		const { k, x, y, highlight, labels } = (locator as Locator).views.fenxi;
		const fenxi = { k, x, y, highlight, labels: labels.en };
		expect(() =>
			placeArrows(fenxi, locator as Locator, {
				south: 'link south',
				west: 'expand west '.repeat(8)
			})
		).toThrow(/^map: "expand west .*" does not fit beside the arrows \(at -?\d+,-?\d+–\d+,\d+\)$/);
	});
});

describe('buildLocator', () => {
	it('is what npm run geo committed for the page to draw', () => {
		expect(locator).toEqual(JSON.parse(readFileSync('src/lib/map/locator.json', 'utf8')));
		expect(svg).toBe(readFileSync('static/map/locator.svg', 'utf8'));
	});

	it('draws every shape once in the SVG file, by level, and nothing in the page data', () => {
		for (const level of ['provinces', 'cities', 'counties'] as const) {
			const group = svg.match(new RegExp(`<g id="${level}">(.*?)</g>`))?.[1] ?? '';
			const ids = [...group.matchAll(/<path id="s(\d+)" d="M[^"]+"\/>/g)].map((m) => m[1]);
			expect(ids).toEqual(locator.shapes[level].map((s) => s.id));
		}
		expect(JSON.stringify(locator)).not.toMatch(/"d":/);
	});

	it('frames each view closer than the one before, from the region down to Fenxi', () => {
		const scales = VIEW_IDS.map((v) => locator.views[v].k);
		expect(scales).toEqual([...scales].sort((a, b) => a - b));
		expect(scales[0]).toBe(1);
	});

	it('picks out Shanxi, Linfen and Fenxi, and labels them in every view', () => {
		expect(VIEW_IDS.map((v) => viewNames(locator, v).highlight)).toEqual([
			'山西',
			'临汾市',
			'汾西县',
			'汾西县'
		]);
		for (const v of VIEW_IDS) {
			for (const e of EDITIONS) {
				expect(locator.views[v].labels[e.id].some((l) => l.emphasis)).toBe(true);
			}
		}
	});

	it('names places in each edition: Simplified, Traditional and English', () => {
		const names = (id: (typeof EDITIONS)[number]['id']) =>
			locator.views.linfen.labels[id].map((l) => l.text);
		expect(names('zh-Hans')).toContain('汾西县');
		expect(names('zh-Hant')).toContain('汾西縣');
		expect(names('en')).toContain('Fenxi');
		expect(names('en').join(' ')).not.toMatch(/\p{Script=Han}/u);
	});

	it('fails on a place that has no English name', () => {
		expect(() => placeName('汾西机场')).toThrow(
			'translation: no English name for the place "汾西机场"'
		);
	});

	it('estimates a Latin label narrower than a Chinese one of as many characters', () => {
		expect(labelEms('汾西县')).toBe(3);
		expect(labelEms('Fenxi')).toBeCloseTo(2.8, 5);
	});

	it('never overlaps labels, and keeps them inside the map', () => {
		for (const v of VIEW_IDS) {
			for (const e of EDITIONS) {
				const boxes = locator.views[v].labels[e.id].map(box);
				for (const [i, a] of boxes.entries()) {
					expect(a[0]).toBeGreaterThanOrEqual(0);
					expect(a[2]).toBeLessThanOrEqual(600);
					for (const b of boxes.slice(i + 1)) {
						const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
						expect(overlap, `${v} ${e.id}: labels overlap`).toBe(false);
					}
				}
			}
		}
	});

	it('names only the neighbours of Shanxi in the region view, not the whole of China', () => {
		expect(viewNames(locator, 'region').others.sort()).toEqual(
			['内蒙古', '河北', '河南', '陕西'].sort()
		);
		expect(locator.shapes.provinces.map((s) => s.name)).not.toContain('台湾');
	});
});
