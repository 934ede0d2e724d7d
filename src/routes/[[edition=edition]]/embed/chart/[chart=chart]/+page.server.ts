import { CHART_IDS, CHARTS, type ChartId } from '$lib/charts/ids';
import { EDITIONS, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EDITIONS.flatMap((e) => CHART_IDS.map((chart) => ({ edition: e.segment || undefined, chart })));

export const load: PageServerLoad = ({ params }) => {
	const chart = params.chart as ChartId;
	return { ...editionPage(editionOf(params.edition)), chart, chapter: CHARTS[chart] };
};
