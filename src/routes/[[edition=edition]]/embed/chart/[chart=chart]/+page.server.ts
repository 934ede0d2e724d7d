import { CHARTS, type ChartId } from '$lib/charts/registry';
import { editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { oneChart } from '$lib/model/slices';
import { chartTitle, oembedUrl } from '$lib/server/oembed';
import { chartEmbedPages } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEmbedPages;

// Only what the one chart shows: the page carries its data a second time, for hydration, and
// the whole story's would be most of the frame's bytes.
export const load: PageServerLoad = ({ params, url }) => {
	const chart = params.chart as ChartId;
	const page = editionPage(editionOf(params.edition));
	const { id, title, steps } = page.chapters.find((c) => c.id === CHARTS[chart].chapter)!;
	return {
		lang: page.lang,
		ui: {
			graphicNote: page.ui.graphicNote,
			source: page.ui.source
		},
		chart,
		chapter: { id, title, last: steps.length - 1 },
		graphic: oneChart(page, chart),
		// A map's shapes in the page, not by reference to the file: a sandboxed frame would
		// draw nothing from it (server/map-shapes.ts).
		mapHref: '',
		oembed: { href: oembedUrl(url), title: chartTitle(page, chart) }
	};
};
