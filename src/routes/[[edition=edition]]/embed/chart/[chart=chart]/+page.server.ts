import { render } from 'svelte/server';
import { resolve } from '$app/paths';
import { CHARTS, type ChartId } from '$lib/charts/registry';
import { editionOf, editionPath } from '$lib/editions';
import { editionPage } from '$lib/server/editions';
import { oneChart } from '$lib/model/slices';
import { chartTitle, oembedUrl } from '$lib/server/oembed';
import { chartEmbedPages } from '$lib/server/share';
import StillGraphic from '$lib/story/StillGraphic.svelte';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEmbedPages;

// Only what the one chart shows: the page carries its data a second time, for its waking, and
// the whole story's would be most of the frame's bytes. The graphic is an island (the page's
// `data-island="graphic"`), rendered here on its own and woken with the same props once its
// code has come (`startIslands`): the app's own script is then only the shell's.
export const load: PageServerLoad = ({ params, url, locals }) => {
	const chart = params.chart as ChartId;
	const page = editionPage(editionOf(params.edition));
	const { id, title, steps } = page.chapters.find((c) => c.id === CHARTS[chart].chapter)!;
	const graphic = {
		page: oneChart(page, chart),
		chapter: id,
		// A map's shapes in the page, not by reference to the file: a sandboxed frame would
		// draw nothing from it (server/map-shapes.ts).
		mapHref: '',
		// In its final state: the chapter read to its last step.
		active: steps.length - 1,
		// The story's page: the chart's links to its chapters go there.
		story: resolve(editionPath(page.lang))
	};
	locals.islands = { graphic: render(StillGraphic, { props: graphic }).body };
	return {
		lang: page.lang,
		ui: {
			graphicNote: page.ui.graphicNote,
			source: page.ui.source
		},
		chart,
		title,
		graphic,
		oembed: { href: oembedUrl(url), title: chartTitle(page, chart) }
	};
};
