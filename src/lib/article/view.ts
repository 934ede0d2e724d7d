import type { Story, StoryFigure } from '$lib/extract/schema';

/** A paragraph of running text, or one focus area with its two-part heading. */
export type ArticleBlock =
	| { kind: 'paragraph'; id: string; role: string; text: string }
	| {
			kind: 'area';
			id: string;
			paragraph: string;
			number: number;
			first: string;
			second: string;
			body: string;
	  };

export interface ArticleView {
	blocks: ArticleBlock[];
	credits: Story['credits'];
	cleaning: Story['cleaning'];
	counts: { figures: number; enumerations: number; paragraphs: number; areas: number };
	/** The figures the page's own words cite, by id. */
	figures: Record<string, Pick<StoryFigure, 'value' | 'source' | 'unit'>>;
}

/** Finds a figure by id, or fails the build naming the id. */
export function figureById(story: Story, id: string): StoryFigure {
	const figure = story.figures.find((f) => f.id === id);
	if (!figure) throw new Error(`story.json has no figure "${id}"`);
	return figure;
}

/**
 * What the article page shows, in reading order: the body paragraphs, with each focus
 * area's heading split from its text. The byline and editor credit go to `credits`.
 */
export function articleView(story: Story, figureIds: readonly string[] = []): ArticleView {
	const areaByParagraph = new Map(story.areas.map((a) => [a.paragraph, a]));
	const blocks = story.paragraphs
		.filter((p) => p.role !== 'byline' && p.role !== 'editor')
		.map((p): ArticleBlock => {
			const area = areaByParagraph.get(p.id);
			if (!area) return { kind: 'paragraph', id: p.id, role: p.role, text: p.text };
			return {
				kind: 'area',
				id: area.chapter,
				paragraph: p.id,
				number: area.number,
				first: area.heading.first.text,
				second: area.heading.second.text,
				body: p.text.slice(area.heading.text.length)
			};
		});
	return {
		blocks,
		credits: story.credits,
		cleaning: story.cleaning,
		counts: {
			figures: story.figures.length,
			enumerations: story.enumerations.length,
			paragraphs: story.paragraphs.length,
			areas: story.areas.length
		},
		figures: Object.fromEntries(
			figureIds.map((id) => {
				const { value, source, unit } = figureById(story, id);
				return [id, { value, source, unit }];
			})
		)
	};
}
