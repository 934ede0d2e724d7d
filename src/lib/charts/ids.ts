/**
 * Every chart and map of the story by its stable id (in URLs: its embed, its image), in the
 * order a chapter stacks its graphic. Each has its entry in `CHARTS` (registry.ts), which
 * must have these and no others; this list stands apart so that code without Svelte (the
 * browser tests, scripts) can name the charts.
 */
export const CHART_IDS = [
	'locator-map',
	'areas-overview',
	'poverty-units',
	'city-map',
	'city-projects',
	'environment-tree',
	'project-tiles',
	'industry-structure',
	'reform-flow',
	'safety-risks',
	'livelihood-pillars',
	'people-units'
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
}
