import { CHARTS, type ChartId } from '$lib/charts/registry';
import { editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { stillGraphicIsland } from '$lib/server/islands';
import { oneChart } from '$lib/model/slices';
import { chartTitle, oembedUrl } from '$lib/server/oembed';
import { chartEmbedPages } from '$lib/server/share';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEmbedPages;

// Only what the one chart shows: the page carries its data a second time, for its waking, and
// the whole story's would be most of the frame's bytes. The graphic is an island, woken with
// the props it was rendered with once its code has come (`startIslands`).
export const load: PageServerLoad = ({ params, url, locals }) => {
	const chart = params.chart as ChartId;
	const page = editionPage(editionOf(params.edition));
	const chapter = page.chapters.find((c) => c.id === CHARTS[chart].chapter)!;
	const { graphic, islands } = stillGraphicIsland(oneChart(page, chart), chapter);
	locals.islands = islands;
	return {
		lang: page.lang,
		ui: {
			graphicNote: page.ui.graphicNote,
			source: page.ui.source
		},
		chart,
		title: chapter.title,
		graphic,
		oembed: { href: oembedUrl(url), title: chartTitle(page, chart) }
	};
};
