import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FENXI, LINFEN, SHANXI, type Level, type MapData } from '../geo/build';
import type { EditionId } from '../editions';
import { placeLabels } from './labels';
import { PADDING, SIZE, type Label, type Locator, type Shape } from './views';

type Features = Feature<Geometry, { name: string }>[];

function features(topology: Topology, level: Level): Features {
	const object = topology.objects[level] as GeometryCollection<{ name: string }>;
	return object.geometries.map((g) => feature(topology, g) as Feature<Geometry, { name: string }>);
}

function find(list: Features, id: string): Feature<Geometry, { name: string }> {
	const f = list.find((x) => String(x.id) === id);
	if (!f) throw new Error(`map: no feature ${id}`);
	return f;
}

function fitView(
	projection: GeoProjection,
	target: Feature,
	padding: number
): { k: number; x: number; y: number } {
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(target);
	const k = Math.min((SIZE - 2 * padding) / (x1 - x0), (SIZE - 2 * padding) / (y1 - y0));
	return { k, x: SIZE / 2 - (k * (x0 + x1)) / 2, y: SIZE / 2 - (k * (y0 + y1)) / 2 };
}

/**
 * Everything the locator map draws, computed by `npm run geo` (never in the browser):
 * paths in one projection (an SVG file of them), and for each view the transform that
 * frames it and, in each edition's language, the labels that fit it (names differ in
 * length, so they are placed per language).
 */
export function buildLocator(
	map: MapData,
	names: Record<EditionId, (zh: string) => string>
): { locator: Locator; svg: string } {
	const provinces = features(map.levels.provinces, 'provinces');
	const cities = features(map.levels.cities, 'cities');
	const counties = features(map.levels.counties, 'counties');
	const shanxi = find(provinces, SHANXI);
	const fenxi = find(counties, FENXI);
	const [[west], [east]] = geoBounds(shanxi);
	// Equal-area, centred on Shanxi: the region view is Shanxi with its neighbours around it.
	const projection = geoConicEqualArea()
		.parallels([35, 40])
		.rotate([-(west + east) / 2, 0])
		.fitExtent(
			[
				[210, 130],
				[SIZE - 210, SIZE - 130]
			],
			shanxi
		);
	const path = geoPath(projection).digits(2);
	// Provinces and cities are never seen closer than about 1.6×: one decimal is enough there.
	const coarse = geoPath(projection).digits(1);
	const shapes = (list: Features): Shape[] =>
		list.map((f) => ({ id: String(f.id), name: f.properties.name }));
	// The paths go to the SVG file: the page draws them by reference, so neither its HTML
	// nor its JavaScript carries the geometry.
	const group = (level: Level, list: Features, draw = path) =>
		`<g id="${level}">${list.map((f) => `<path id="s${f.id}" d="${draw(f) ?? ''}"/>`).join('')}</g>`;
	const svg =
		'<svg xmlns="http://www.w3.org/2000/svg"><style>path{vector-effect:non-scaling-stroke}</style>' +
		group('provinces', provinces, coarse) +
		group('cities', cities, coarse) +
		group('counties', counties) +
		'</svg>\n';

	// Label positions: the centre of the part of a shape that is inside the view.
	const labelsFor = (
		list: Features,
		t: { k: number; x: number; y: number },
		emphasis: string
	): Record<EditionId, Label[]> => {
		const clipped = geoConicEqualArea()
			.parallels([35, 40])
			.rotate(projection.rotate())
			.scale(projection.scale() * t.k)
			.translate([projection.translate()[0] * t.k + t.x, projection.translate()[1] * t.k + t.y])
			.clipExtent([
				[0, 0],
				[SIZE, SIZE]
			]);
		const centroid = geoPath(clipped);
		const candidates = (name: (zh: string) => string) =>
			list
				.map((f) => {
					const [x, y] = centroid.centroid(f);
					return {
						id: String(f.id),
						text: name(f.properties.name),
						x,
						y,
						emphasis: String(f.id) === emphasis,
						area: centroid.area(f)
					};
				})
				.filter((l) => Number.isFinite(l.x) && l.area > 0)
				.sort(
					(a, b) =>
						Number(b.emphasis) - Number(a.emphasis) || b.area - a.area || a.id.localeCompare(b.id)
				)
				.map(({ area: _area, ...label }) => ({
					...label,
					x: Math.round(label.x),
					y: Math.round(label.y)
				}));
		return Object.fromEntries(
			Object.entries(names).map(([edition, name]) => [edition, placeLabels(candidates(name))])
		) as Record<EditionId, Label[]>;
	};

	const region = { k: 1, x: 0, y: 0 };
	const shanxiView = fitView(projection, shanxi, PADDING);
	const linfenView = fitView(projection, find(cities, LINFEN), PADDING);
	const fenxiView = fitView(projection, fenxi, PADDING * 3);
	const fenxiBounds = path.bounds(fenxi);
	const locator: Locator = {
		shapes: {
			provinces: shapes(provinces),
			cities: shapes(cities),
			counties: shapes(counties)
		},
		views: {
			region: {
				id: 'region',
				...region,
				level: 'provinces',
				highlight: SHANXI,
				labels: labelsFor(provinces, region, SHANXI)
			},
			shanxi: {
				id: 'shanxi',
				...shanxiView,
				level: 'cities',
				highlight: LINFEN,
				labels: labelsFor(cities, shanxiView, LINFEN)
			},
			linfen: {
				id: 'linfen',
				...linfenView,
				level: 'counties',
				highlight: FENXI,
				labels: labelsFor(counties, linfenView, FENXI)
			},
			fenxi: {
				id: 'fenxi',
				...fenxiView,
				level: 'counties',
				highlight: FENXI,
				labels: labelsFor(counties, fenxiView, FENXI)
			}
		},
		fenxiCentre: path.centroid(fenxi).map((v) => Math.round(v * 100) / 100) as [number, number],
		fenxiSize: Math.max(
			fenxiBounds[1][0] - fenxiBounds[0][0],
			fenxiBounds[1][1] - fenxiBounds[0][1]
		),
		townships: map.townships
	};
	return { locator, svg };
}
