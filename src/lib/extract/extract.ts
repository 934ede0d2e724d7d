import { createHash } from 'node:crypto';
import { cleanText } from './clean';
import { toSimplified, toTraditional } from './convert';
import { ExtractError } from './errors';
import { findEnumerations } from './enumerations';
import { findFigures } from './figures';
import { decodeSource } from './read';
import { parseStory, type Story } from './schema';
import { structure } from './structure';

export interface ExtractOptions {
	/** The source's path as the story records it and errors name it. */
	sourcePath: string;
	/** How many focus areas the article must have. */
	expectAreas: number;
}

/** The whole pipeline: raw bytes of the scraped article → the validated story extract. */
export function extractStory(bytes: Uint8Array, options: ExtractOptions): Story {
	const raw = decodeSource(bytes, options.sourcePath);
	const cleaned = cleanText(raw);
	// Cleaning runs before conversion so that pinyin and stray punctuation never reach OpenCC.
	const text = toSimplified(cleaned.text);
	const textHant = toTraditional(text);
	if (textHant.length !== text.length) {
		throw new ExtractError(
			options.sourcePath,
			'OpenCC changed the text length; offsets would not carry over'
		);
	}
	const { paragraphs, areas } = structure(text, options.expectAreas);
	const hant = (s: { start: number; end: number }): string => textHant.slice(s.start, s.end);
	const byRole = (role: string): string | null =>
		paragraphs.find((p) => p.role === role)?.text.replace(/^(记者[ ：:]?|责任编辑：)/, '') ?? null;

	const story: Story = {
		schema: 'fenxi-story/2',
		source: {
			path: options.sourcePath,
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex')
		},
		cleaning: cleaned.counts,
		text,
		textHant,
		credits: { reporter: byRole('byline'), editor: byRole('editor') },
		paragraphs: paragraphs.map((p) => ({
			id: p.id,
			role: p.role,
			chapter: p.chapter,
			text: p.text,
			textHant: hant(p),
			start: p.start,
			end: p.end,
			sentences: p.sentences
		})),
		areas: areas.map((a) => ({
			number: a.number,
			chapter: a.chapter,
			paragraph: a.paragraph,
			heading: { ...a.heading, textHant: hant(a.heading) },
			length: a.length,
			hanCount: a.hanCount
		})),
		figures: findFigures(paragraphs),
		enumerations: findEnumerations(paragraphs)
	};
	// The same check the page runs on read: a pipeline bug fails here, not in a reader's browser.
	return parseStory(story, 'extract');
}
