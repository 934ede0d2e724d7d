import type { ChapterId } from '$lib/extract/chapters';

/** Every chart and map of the story by its stable id, with the chapter it belongs to. */
export const CHARTS = {
	'locator-map': 'intro',
	'areas-overview': 'framework',
	'poverty-units': 'poverty',
	'city-projects': 'city',
	'environment-tree': 'environment',
	'project-tiles': 'projects',
	'industry-structure': 'industry',
	'reform-flow': 'reform',
	'safety-risks': 'safety',
	'livelihood-pillars': 'livelihoods',
	'people-units': 'outlook'
} as const satisfies Record<string, ChapterId>;

export type ChartId = keyof typeof CHARTS;

export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(id: string): id is ChartId {
	return Object.hasOwn(CHARTS, id);
}
