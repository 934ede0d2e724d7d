import { CHAPTER_IDS } from '$lib/extract/chapters';
import type { Story } from '$lib/extract/schema';
import type { zhHans } from '$lib/content/zh-hans';
import { peopleUnits, povertyUnits, projectTiles, wordsPerArea } from '$lib/charts/data';
import { groupChart, type GroupChartView } from '$lib/charts/groups';
import type { ChapterId } from '$lib/extract/chapters';
import { storyChapters, type ChapterView } from './view';

export interface StoryPage {
	title: string[];
	/** The article's own words for the eight areas (八个), for the overview's heading. */
	overviewEight: string;
	description: string;
	chapters: ChapterView[];
	credits: Story['credits'];
	method: string;
	charts: {
		words: ReturnType<typeof wordsPerArea>;
		poverty: ReturnType<typeof povertyUnits>;
		projects: ReturnType<typeof projectTiles>;
		people: ReturnType<typeof peopleUnits>;
		/** The structure charts, by the chapter they belong to. */
		groups: Partial<Record<ChapterId, GroupChartView>>;
		/** The step at which each figure chart shows its figure, from the text. */
		steps: { words: number; poverty: number; projects: number; people: number };
	};
}

/** The step of a chapter that states a figure; the build fails if the chapter does not. */
function figureStep(chapters: ChapterView[], chapter: ChapterId, figure: string): number {
	const step = chapters.find((c) => c.id === chapter)?.figureSteps[figure];
	if (step === undefined || step < 0) {
		throw new Error(`content: chapter ${chapter} does not state figure "${figure}"`);
	}
	return step;
}

function figureSource(story: Story, id: string): string {
	const figure = story.figures.find((f) => f.id === id);
	if (!figure) throw new Error(`content: no figure "${id}" in story.json`);
	return figure.source;
}

/** Everything the story page shows, built from the extract and our words at prerender time. */
export function storyPage(story: Story, content: typeof zhHans): StoryPage {
	const city = story.paragraphs.find((p) => p.chapter === 'city')?.text ?? '';
	for (const word of Object.values(content.map.arrows)) {
		if (!city.includes(word))
			throw new Error(`content: the map's word "${word}" is not in the city chapter`);
	}
	const year = figureSource(story, content.titleFigures.year);
	const eight = figureSource(story, content.titleFigures.eight);
	const chapters = storyChapters(story, content.chapters, CHAPTER_IDS);
	const groups = Object.fromEntries(
		Object.entries(content.groupCharts).map(([id, spec]) => [
			id,
			groupChart(
				chapters.find((c) => c.id === id)!,
				spec
			)
		])
	);
	return {
		title: content.title(year, eight),
		overviewEight: eight,
		description: content.description(year, eight),
		chapters,
		credits: story.credits,
		charts: {
			words: wordsPerArea(story),
			poverty: povertyUnits(story, content.chartFigures.poverty),
			projects: projectTiles(story, content.chartFigures.projects, content.chartFigures.sequences),
			people: peopleUnits(story, content.chartFigures.population, content.chartFigures.perMark),
			groups,
			steps: {
				words: figureStep(chapters, 'framework', content.titleFigures.eight),
				poverty: figureStep(chapters, 'poverty', content.chartFigures.poverty.households),
				projects: figureStep(chapters, 'projects', content.chartFigures.projects),
				people: figureStep(chapters, 'outlook', content.chartFigures.population)
			}
		},
		method: content.method({
			pinyin: story.cleaning.pinyinAnnotations,
			commas: story.cleaning.strayCommas,
			widened: story.cleaning.fullWidthPunctuation,
			whitespace: story.cleaning.whitespace,
			paragraphs: story.paragraphs.length,
			areas: story.areas.length,
			figures: story.figures.length,
			lists: story.enumerations.length
		})
	};
}
