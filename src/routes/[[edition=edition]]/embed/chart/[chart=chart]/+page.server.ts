import { CHART_IDS, CHARTS, type ChartId } from '$lib/charts/ids';
import { editionEntries, editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { oneChart } from '$lib/story/page';
import { resolveMapHref } from '$lib/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	editionEntries().flatMap(({ edition }) => CHART_IDS.map((chart) => ({ edition, chart })));

// Only what the one chart shows: the page carries its data a second time, for hydration, and
// the whole story's would be most of the frame's bytes.
export const load: PageServerLoad = ({ params, url }) => {
	const chart = params.chart as ChartId;
	const page = editionPage(editionOf(params.edition));
	const { id, title, callouts, steps } = page.chapters.find((c) => c.id === CHARTS[chart])!;
	return {
		lang: page.lang,
		title: page.title,
		ui: {
			graphicNote: page.ui.graphicNote,
			source: page.ui.source,
			headingJoin: page.ui.headingJoin
		},
		chart,
		chapter: { id, title, callouts, last: steps.length - 1 },
		graphic: oneChart(page, chart),
		mapHref: resolveMapHref(url)
	};
};
