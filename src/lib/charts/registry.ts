import type { ChapterId } from '$lib/extract/chapters';
import { CHART_IDS, type ChartId } from './ids';
import AreasOverview from './AreasOverview/AreasOverview.svelte';
import { buildAreasOverview, type AreasOverviewWords } from './AreasOverview/data';
import GroupChart from './GroupChart/GroupChart.svelte';
import { buildGroupChart, shownGroups, type GroupChartSpec } from './GroupChart/data';
import CityMap from './maps/CityMap.svelte';
import OpeningMap from './maps/OpeningMap.svelte';
import { buildCityMap, buildOpeningMap, openingState, type OpeningMapWords } from './maps/data';
import type { CityMapWords } from './maps/data';
import PeopleUnits from './PeopleUnits/PeopleUnits.svelte';
import { buildPeopleUnits, peopleState, type PeopleUnitsWords } from './PeopleUnits/data';
import PovertyUnits from './PovertyUnits/PovertyUnits.svelte';
import { buildPovertyUnits, povertyState, type PovertyUnitsWords } from './PovertyUnits/data';
import ProjectTiles from './ProjectTiles/ProjectTiles.svelte';
import { buildProjectTiles, projectsState, type ProjectTilesWords } from './ProjectTiles/data';
import { chart, type ChartEntry, type ChartPart, type ChartSource } from './types';

/**
 * A chart's build where it should never run: in the browser, where pages are not built. Each
 * entry's build is `import.meta.env.SSR ? build : inBrowser`, which the browser's bundle reads
 * as `inBrowser` alone: the builds, and all they import (the extract's lookups, the map's
 * label placer), stay out of it.
 */
const inBrowser = (): never => {
	throw new Error('charts: a chart is built where its page is built, not in the browser');
};

/** A structure chart: the article's items in our groups, in its chapter's sticky graphic. */
const groupChart = (chapter: ChapterId) =>
	chart<ReturnType<typeof buildGroupChart>['data'], GroupChartSpec>({
		chapter,
		position: 'graphic',
		build: import.meta.env.SSR ? buildGroupChart : inBrowser,
		state: shownGroups,
		component: GroupChart
	});

/**
 * Every chart and map of the story, by its id (`CHART_IDS`, in that order): where it stands,
 * how its part of the page is built, how its state follows the reader, and what draws it.
 * Adding a chart is its id, an entry here, its component, and its words in each content
 * dictionary (`Content['charts']`, keyed by the ids: a missing one fails `npm run check`).
 */
export const CHARTS = {
	'locator-map': chart<ChartData<typeof buildOpeningMap>, OpeningMapWords>({
		chapter: 'intro',
		position: 'graphic',
		build: import.meta.env.SSR ? buildOpeningMap : inBrowser,
		state: openingState,
		component: OpeningMap
	}),
	'areas-overview': chart<ChartData<typeof buildAreasOverview>, AreasOverviewWords>({
		chapter: 'framework',
		position: 'after',
		build: import.meta.env.SSR ? buildAreasOverview : inBrowser,
		state: () => 0,
		component: AreasOverview
	}),
	'poverty-units': chart<ChartData<typeof buildPovertyUnits>, PovertyUnitsWords>({
		chapter: 'poverty',
		position: 'graphic',
		build: import.meta.env.SSR ? buildPovertyUnits : inBrowser,
		state: povertyState,
		component: PovertyUnits
	}),
	'city-map': chart<ChartData<typeof buildCityMap>, CityMapWords>({
		chapter: 'city',
		position: 'graphic',
		build: import.meta.env.SSR ? buildCityMap : inBrowser,
		state: () => 0,
		component: CityMap
	}),
	'city-projects': groupChart('city'),
	'environment-tree': groupChart('environment'),
	'project-tiles': chart<ChartData<typeof buildProjectTiles>, ProjectTilesWords>({
		chapter: 'projects',
		position: 'graphic',
		build: import.meta.env.SSR ? buildProjectTiles : inBrowser,
		state: projectsState,
		component: ProjectTiles
	}),
	'industry-structure': groupChart('industry'),
	'reform-flow': groupChart('reform'),
	'safety-risks': groupChart('safety'),
	'livelihood-pillars': groupChart('livelihoods'),
	'people-units': chart<ChartData<typeof buildPeopleUnits>, PeopleUnitsWords>({
		chapter: 'outlook',
		position: 'graphic',
		build: import.meta.env.SSR ? buildPeopleUnits : inBrowser,
		state: peopleState,
		component: PeopleUnits
	})
} satisfies Record<ChartId, unknown>;

/** The data a chart's build makes. */
type ChartData<Build> = Build extends (...args: never[]) => ChartPart<infer Data> ? Data : never;

export { CHART_IDS, isChartId, type ChartId } from './ids';

/** Each chart's part of a page, by its id. */
export type ChartParts = {
	[K in ChartId]: ReturnType<(typeof CHARTS)[K]['build']>;
};

/** Each chart's words in an edition, by its id: what a content dictionary gives. */
export type ChartWordsById = {
	[K in ChartId]: Parameters<(typeof CHARTS)[K]['build']>[0] extends ChartSource<infer Words>
		? Words
		: never;
};

/** The charts of a chapter at a position, in the order they stack. */
export function chartsOf(chapter: ChapterId, position: 'graphic' | 'after'): ChartId[] {
	return CHART_IDS.filter(
		(id) => CHARTS[id].chapter === chapter && CHARTS[id].position === position
	);
}

/** Any chart's entry, for code that draws a chart by its id without knowing which. */
export const chartEntry = (id: ChartId) => CHARTS[id] as unknown as ChartEntry<unknown, unknown>;
