import { CHARTS, type ChartId } from '$lib/charts/registry';
import { editionOf } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { stillGraphicIsland } from '$lib/server/islands';
import { oneChart } from '$lib/model/slices';
import { documentTags } from '$lib/server/head';
import { chartTitle, oembedUrl } from '$lib/server/oembed';
import { chartEmbedPages } from '$lib/server/share';
import { editionUrl } from '$lib/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEmbedPages;

// Only what the one chart shows: the page carries its data a second time, for its waking, and
// the whole story's would be most of the frame's bytes. The graphic is an island, woken with
// the props it was rendered with once its code has come (`startIslands`).
export const load: PageServerLoad = ({ params, url, locals }) => {
	const chart = params.chart as ChartId;
	const edition = editionOf(params.edition);
	const page = editionPage(edition);
	const chapter = page.chapters.find((c) => c.id === CHARTS[chart].chapter)!;
	const { graphic, islands } = stillGraphicIsland(oneChart(page, chart), chapter);
	locals.islands = islands;
	const oembed = { href: oembedUrl(url), title: chartTitle(page, chart) };
	// The chapter's title, then the story's: what its oEmbed answer calls it.
	locals.head = documentTags({
		title: oembed.title,
		robots: 'noindex',
		canonical: editionUrl(edition, url),
		oembed
	});
	return {
		lang: page.lang,
		ui: {
			graphicNote: page.ui.graphicNote,
			source: page.ui.source
		},
		chart,
		title: chapter.title,
		graphic
	};
};
