import { CHAPTER_IDS } from '$lib/extract/chapters';
import type { Story } from '$lib/extract/schema';
import type { zhHans } from '$lib/content/zh-hans';
import { storyChapters, type ChapterView } from './view';

export interface StoryPage {
	title: string[];
	/** The article's own words for the eight areas (八个), for the overview's heading. */
	overviewEight: string;
	description: string;
	chapters: ChapterView[];
	credits: Story['credits'];
	method: string;
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
	return {
		title: content.title(year, eight),
		overviewEight: eight,
		description: content.description(year, eight),
		chapters: storyChapters(story, content.chapters, CHAPTER_IDS),
		credits: story.credits,
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
