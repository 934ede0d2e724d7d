import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

/** A topology whose shapes carry their names. */
export type NamedTopology = Topology<Objects<{ name: string }>>;

/** One administrative level of the map, in TopoJSON: shared borders are shared arcs. */
export type Level = 'provinces' | 'cities' | 'counties';

export interface Township {
	code: string;
	name: string;
}

export interface MapSource {
	package: string;
	version: string;
	license: string;
	file: string;
	note: string;
}

export interface MapData {
	sources: MapSource[];
	datum: string;
	/** Each level its own topology, simplified for its own scale. */
	levels: Record<Level, NamedTopology>;
	/** Fenxi's townships, by official code: names only, no geometry exists for them. */
	townships: Township[];
}

export interface MapInputs {
	/** China's provinces (decoded ECharts map). */
	provinces: FeatureCollection<Polygon | MultiPolygon>;
	/** Shanxi's cities (decoded ECharts map). */
	cities: FeatureCollection<Polygon | MultiPolygon>;
	/** Linfen's counties. */
	counties: FeatureCollection<Polygon | MultiPolygon>;
	/** Every township of China: code and name. */
	streets: readonly { code: string; name: string }[];
	sources: MapSource[];
}

/** Shanxi and the provinces around it: the regional view never draws the whole of China. */
export const REGION_PROVINCES = ['140000', '130000', '150000', '610000', '410000'] as const;
export const SHANXI = '140000';
export const LINFEN = '141000';
export const FENXI = '141034';

/**
 * Smallest triangle kept by simplification, per level, in square degrees (planar, as the
 * coordinates are): about 40 km² for provinces, 2 km² for cities, 0.1 km² for counties.
 */
const MIN_WEIGHT: Record<Level, number> = { provinces: 4e-3, cities: 2e-4, counties: 1e-5 };
const QUANTIZATION = 1e4;

function pick(
	collection: FeatureCollection<Polygon | MultiPolygon>,
	ids: readonly string[] | null,
	what: string
): FeatureCollection<Polygon | MultiPolygon> {
	const features = collection.features
		.filter((f) => ids === null || ids.includes(String(f.id)))
		.map((f): Feature<Polygon | MultiPolygon> => ({
			type: 'Feature',
			id: String(f.id),
			properties: { name: String(f.properties?.name ?? '') },
			geometry: f.geometry
		}))
		.sort((a, b) => String(a.id).localeCompare(String(b.id)));
	for (const id of ids ?? []) {
		if (!features.some((f) => f.id === id)) throw new Error(`${what}: no feature ${id}`);
	}
	return { type: 'FeatureCollection', features };
}

function toTopology(
	level: Level,
	collection: FeatureCollection<Polygon | MultiPolygon>
): NamedTopology {
	const topo = topology({ [level]: collection }, QUANTIZATION) as unknown as NamedTopology;
	// Simplifying drops the quantization; quantize again so points stay small integers.
	return quantize(simplify(presimplify(topo), MIN_WEIGHT[level]), QUANTIZATION);
}

/** The map the page ships: three levels of shapes and Fenxi's township names. */
export function buildMapData(inputs: MapInputs): MapData {
	const counties = pick(inputs.counties, null, 'counties');
	if (counties.features.length !== 17) {
		throw new Error(`counties: expected Linfen's 17 counties, found ${counties.features.length}`);
	}
	if (!counties.features.some((f) => f.id === FENXI))
		throw new Error(`counties: no Fenxi (${FENXI})`);
	const townships = inputs.streets
		.filter((s) => s.code.startsWith(FENXI))
		.map(({ code, name }) => ({ code, name }))
		.sort((a, b) => a.code.localeCompare(b.code));
	if (townships.length === 0) throw new Error(`streets: no township of Fenxi (${FENXI})`);
	return {
		sources: inputs.sources,
		datum: 'GCJ-02',
		levels: {
			provinces: toTopology('provinces', pick(inputs.provinces, REGION_PROVINCES, 'provinces')),
			cities: toTopology('cities', pick(inputs.cities, null, 'cities')),
			counties: toTopology('counties', counties)
		},
		townships
	};
}
