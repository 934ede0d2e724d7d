import type { Paragraph } from '$lib/extract/structure';

/** One paragraph of test text, standing at the start of the canonical text. */
export function paragraph(text: string, chapter: Paragraph['chapter'] = 'intro'): Paragraph {
	return { id: 'p1', role: 'lede', chapter, text, start: 0, end: text.length, sentences: [] };
}
