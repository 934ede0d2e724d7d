import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * ECharts 4 ships its maps in a compressed "UTF8Encoding" GeoJSON: each ring is a string
 * of character pairs, every character a zigzag-encoded delta (char code − 64) from the
 * previous point, starting at the ring's `encodeOffsets`, in units of 1/`UTF8Scale` degree.
 */
interface EncodedGeometry {
	type: 'Polygon' | 'MultiPolygon';
	coordinates: string[] | string[][];
	encodeOffsets: [number, number][] | [number, number][][];
}

export interface EncodedCollection {
	type: 'FeatureCollection';
	UTF8Encoding?: boolean;
	UTF8Scale?: number;
	features: {
		id?: string;
		type: 'Feature';
		properties: Record<string, unknown>;
		geometry: EncodedGeometry;
	}[];
}

/** Decodes one ring: zigzag, then delta, then scale. */
export function decodeRing(
	ring: string,
	offset: readonly [number, number],
	scale = 1024
): Position[] {
	if (ring.length % 2 !== 0) throw new Error(`an encoded ring has an odd length (${ring.length})`);
	const points: Position[] = [];
	let [x, y] = offset;
	for (let i = 0; i < ring.length; i += 2) {
		const dx = ring.charCodeAt(i) - 64;
		const dy = ring.charCodeAt(i + 1) - 64;
		x += (dx >> 1) ^ -(dx & 1);
		y += (dy >> 1) ^ -(dy & 1);
		points.push([x / scale, y / scale]);
	}
	return points;
}

/** The plain GeoJSON of an ECharts map; plain GeoJSON passes through unchanged. */
export function decodeEchartsGeoJson(
	json: EncodedCollection
): FeatureCollection<Polygon | MultiPolygon> {
	const scale = json.UTF8Scale ?? 1024;
	const features = json.features.map((f): Feature<Polygon | MultiPolygon> => {
		const g = f.geometry;
		if (!json.UTF8Encoding) return f as unknown as Feature<Polygon | MultiPolygon>;
		const geometry: Polygon | MultiPolygon =
			g.type === 'Polygon'
				? {
						type: 'Polygon',
						coordinates: (g.coordinates as string[]).map((ring, i) =>
							decodeRing(ring, (g.encodeOffsets as [number, number][])[i]!, scale)
						)
					}
				: {
						type: 'MultiPolygon',
						coordinates: (g.coordinates as string[][]).map((polygon, i) =>
							polygon.map((ring, j) =>
								decodeRing(ring, (g.encodeOffsets as [number, number][][])[i]![j]!, scale)
							)
						)
					};
		return { type: 'Feature', id: f.id, properties: f.properties, geometry };
	});
	return { type: 'FeatureCollection', features };
}
