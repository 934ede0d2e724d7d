import type { ChartId } from '$lib/charts/registry';
import type { GraphicData, StoryPage, StoryShell } from './types';

/** The page's shell: what it shows around its islands, and carries for its own hydration. */
export function storyShell(page: StoryPage): StoryShell {
	const { kicker, dek, byline, skipToStory, skipToMenu, headingJoin } = page.ui;
	return {
		title: page.title,
		ui: { kicker, dek, byline, skipToStory, skipToMenu, headingJoin },
		chapters: page.chapters.map(({ id, number, areaLabel, heading }) => ({
			id,
			number,
			areaLabel,
			heading
		}))
	};
}

/** The part of `page` that draws `chart`, and no more: a one-chart embed's data. */
export function oneChart(page: StoryPage, chart: ChartId): GraphicData {
	return {
		lang: page.lang,
		ui: { graphicNote: page.ui.graphicNote },
		charts: { [chart]: page.charts[chart] }
	};
}
