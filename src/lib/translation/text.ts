import type { Story, StoryFigure } from '$lib/extract/schema';

/**
 * The article in one edition: the Simplified extract itself, or a translation aligned
 * with it sentence by sentence, so that steps, callouts and chart states are the same.
 */
export interface EditionText {
	lang: string;
	/** Joins a list's items: 、 or “, ”. */
	listJoin: string;
	/** Sentence `index` of paragraph `paragraph`. */
	sentence: (paragraph: string, index: number) => string;
	/** A focus area's heading in two halves: the area, then its aim. */
	areaHeading: (area: Story['areas'][number]) => { first: string; second: string };
	/** A figure as the edition's text writes it: 211户, or 211. */
	figureText: (figure: StoryFigure) => string;
}

/** The extract's own text: Simplified Chinese, headings as 聚焦X，Y. */
export function extractText(story: Story): EditionText {
	return {
		lang: 'zh-Hans',
		listJoin: '、',
		sentence: (id, index) => {
			const s = story.paragraphs.find((p) => p.id === id)?.sentences[index];
			if (!s) throw new Error(`story.json: paragraph ${id} has no sentence ${index}`);
			return story.text.slice(s.start, s.end);
		},
		areaHeading: (a) => ({ first: `聚焦${a.heading.first.text}`, second: a.heading.second.text }),
		figureText: (f) => f.source
	};
}
