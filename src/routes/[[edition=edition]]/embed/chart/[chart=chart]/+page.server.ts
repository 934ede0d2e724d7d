import { CHART_IDS, CHARTS, type ChartId } from '$lib/charts/registry';
import { editionEntries, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { oneChart } from '$lib/model/slices';
import { resolveMapHref } from '$lib/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	editionEntries().flatMap(({ edition }) => CHART_IDS.map((chart) => ({ edition, chart })));

// Only what the one chart shows: the page carries its data a second time, for hydration, and
// the whole story's would be most of the frame's bytes.
export const load: PageServerLoad = ({ params, url }) => {
	const chart = params.chart as ChartId;
	const page = editionPage(editionOf(params.edition));
	const { id, title, steps } = page.chapters.find((c) => c.id === CHARTS[chart].chapter)!;
	return {
		lang: page.lang,
		title: page.title,
		ui: {
			graphicNote: page.ui.graphicNote,
			source: page.ui.source
		},
		chart,
		chapter: { id, title, last: steps.length - 1 },
		graphic: oneChart(page, chart),
		mapHref: resolveMapHref(url)
	};
};
