import type { ChapterId } from '$lib/extract/chapters';
import type { Story, StoryFigure } from '$lib/extract/schema';

function figure(story: Story, id: string): StoryFigure {
	const f = story.figures.find((x) => x.id === id);
	if (!f) throw new Error(`chart: no figure "${id}" in story.json`);
	return f;
}

export interface AreaBar {
	chapter: ChapterId;
	number: number;
	/** The area's heading in the edition's words: 聚焦X，Y. */
	first: string;
	second: string;
	/** Han characters the article gives the area, heading included. */
	chars: number;
	/** `chars` as a share of all eight areas' characters. */
	share: number;
}

/**
 * How the report spends its words: Han characters per focus area (punctuation and digits
 * not counted), and each as a share of the eight areas' total.
 */
export function wordsPerArea(
	story: Story,
	heading: (chapter: ChapterId) => { first: string; second: string }
): { bars: AreaBar[]; total: number } {
	const total = story.areas.reduce((sum, a) => sum + a.hanCount, 0);
	return {
		total,
		bars: story.areas.map((a) => ({
			chapter: a.chapter,
			number: a.number,
			...heading(a.chapter),
			chars: a.hanCount,
			share: a.hanCount / total
		}))
	};
}

export interface PovertyUnits {
	/** People still to lift out of poverty: one mark each. */
	people: number;
	/** Their households: one mark each. */
	households: number;
	/** The county's residents, as the closing paragraph puts them (15万). */
	population: number;
	/** people ÷ population. */
	share: number;
}

export function povertyUnits(
	story: Story,
	ids: { people: string; households: string; population: string }
): PovertyUnits {
	const people = figure(story, ids.people).value;
	const population = figure(story, ids.population).value;
	return {
		people,
		households: figure(story, ids.households).value,
		population,
		share: people / population
	};
}

/** The county's people as marks of `perMark` each: 150,000 ÷ 1,000 = 150 marks. */
export function peopleUnits(
	story: Story,
	populationId: string,
	perMark: number
): { population: number; perMark: number; marks: number } {
	const population = figure(story, populationId).value;
	if (population % perMark !== 0) {
		throw new Error(`chart: ${population} is not a whole number of marks of ${perMark}`);
	}
	return { population, perMark, marks: population / perMark };
}

/** The key projects as tiles, and the lists of stages the article gives them, in order. */
export function projectTiles(
	story: Story,
	projectsId: string,
	firstItems: readonly string[]
): { tiles: number; sequences: string[][] } {
	// The lists' own words; an edition in another language replaces them (storyPage).
	return {
		tiles: figure(story, projectsId).value,
		sequences: firstItems.map((item) => {
			const list = story.enumerations.find((e) => e.items[0]?.text === item);
			if (!list) throw new Error(`chart: no list in story.json starts with "${item}"`);
			return list.items.map((i) => i.text);
		})
	};
}
