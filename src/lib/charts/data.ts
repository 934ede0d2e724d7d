import type { ChapterId } from '$lib/extract/chapters';
import type { Story, StoryFigure } from '$lib/extract/schema';
import type { AnchorView, ChapterView } from '$lib/story/view';

function figure(story: Story, id: string): StoryFigure {
	const f = story.figures.find((x) => x.id === id);
	if (!f) throw new Error(`chart: no figure "${id}" in story.json`);
	return f;
}

export interface AreaRow {
	chapter: ChapterId;
	number: number;
	/** The area's heading in the edition's words: 聚焦X，Y. */
	first: string;
	second: string;
	/** The one concrete thing the article names in the area. */
	anchor: AnchorView;
}

/**
 * The overview of the focus areas, in order: each its heading and its anchor. Every area
 * must have an anchor (the build fails naming the one without).
 */
export function areasOverview(chapters: readonly ChapterView[]): AreaRow[] {
	return chapters.flatMap((c) => {
		if (c.number === null) return [];
		if (!c.anchor) throw new Error(`chart: area ${c.number} (${c.id}) has no anchor`);
		if ('text' in c.heading) throw new Error(`chart: area ${c.number} (${c.id}) has no heading`);
		return [{ chapter: c.id, number: c.number, ...c.heading, anchor: c.anchor }];
	});
}

export interface PovertyUnits {
	/** People still to lift out of poverty: one mark each. */
	people: number;
	/** Their households: one mark each. */
	households: number;
	/** The county's residents, as the closing paragraph puts them (15万). */
	population: number;
}

export function povertyUnits(
	story: Story,
	ids: { people: string; households: string; population: string }
): PovertyUnits {
	return {
		people: figure(story, ids.people).value,
		households: figure(story, ids.households).value,
		population: figure(story, ids.population).value
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

/** A list of the extract's items, found by its first item. */
function listFrom(story: Story, first: string): string[] {
	const list = story.enumerations.find((e) => e.items[0]?.text === first);
	if (!list) throw new Error(`chart: no list in story.json starts with "${first}"`);
	return list.items.map((i) => i.text);
}

export interface ProjectTiles {
	/** The stages of the batch of big, good projects to attract (储备、签约、落地): no count. */
	batch: string[];
	/** The key projects set for the year: one tile each. */
	tiles: number;
	/** How the key projects are to be pushed (早准备、早部署、早启动). */
	pace: string[];
}

/**
 * The projects chapter's two kinds of projects, kept apart as the article keeps them: a
 * batch to attract, in stages, and the key projects of the year, as tiles, with their pace.
 * The lists in the extract's words; an edition in another language replaces them (storyPage).
 */
export function projectTiles(
	story: Story,
	ids: { tiles: string; batch: string; pace: string }
): ProjectTiles {
	return {
		batch: listFrom(story, ids.batch),
		tiles: figure(story, ids.tiles).value,
		pace: listFrom(story, ids.pace)
	};
}
