import * as v from 'valibot';
import { CHAPTER_IDS } from './chapters';
import { FIGURE_KINDS, FIGURE_ROLES } from './figures';
import { PARAGRAPH_ROLES } from './structure';

/**
 * The shape of `static/data/story.json`, checked when the extract writes it and when the
 * page reads it. Offsets are UTF-16 code units into `text` (JavaScript's `slice`); the
 * Traditional text has the same length, so every span also slices `textHant`.
 */
const span = {
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0))
};
const Span = v.object(span);
const TextSpan = v.object({ text: v.pipe(v.string(), v.minLength(1)), ...span });
const Chapter = v.picklist(CHAPTER_IDS);
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const StorySchema = v.object({
	schema: v.literal('fenxi-story/2'),
	source: v.object({
		path: v.string(),
		bytes: Count,
		sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))
	}),
	cleaning: v.object({
		pinyinAnnotations: Count,
		strayCommas: Count,
		fullWidthPunctuation: Count,
		whitespace: Count
	}),
	text: v.string(),
	textHant: v.string(),
	credits: v.object({ reporter: v.nullable(v.string()), editor: v.nullable(v.string()) }),
	paragraphs: v.array(
		v.object({
			id: v.pipe(v.string(), v.regex(/^p\d+$/)),
			role: v.picklist(PARAGRAPH_ROLES),
			chapter: Chapter,
			text: v.string(),
			textHant: v.string(),
			...span,
			sentences: v.array(Span)
		})
	),
	areas: v.array(
		v.object({
			number: v.pipe(v.number(), v.integer(), v.minValue(1)),
			chapter: Chapter,
			paragraph: v.string(),
			heading: v.object({
				...span,
				text: v.string(),
				textHant: v.string(),
				first: TextSpan,
				second: TextSpan
			}),
			length: Count,
			hanCount: Count
		})
	),
	figures: v.array(
		v.object({
			id: v.pipe(v.string(), v.regex(/^[a-z]+-\d+(\.\d+)?(-\d+)?$/)),
			value: v.pipe(v.number(), v.finite()),
			unit: v.nullable(v.string()),
			kind: v.picklist(FIGURE_KINDS),
			/** An amount the article states, or a numeral that is part of a name (figures.ts). */
			role: v.picklist(FIGURE_ROLES),
			source: v.string(),
			term: v.nullable(v.string()),
			paragraph: v.string(),
			chapter: Chapter,
			...span
		})
	),
	enumerations: v.array(
		v.object({
			id: v.string(),
			paragraph: v.string(),
			...span,
			items: v.pipe(v.array(TextSpan), v.minLength(2)),
			category: v.nullable(TextSpan)
		})
	)
});

export type Story = v.InferOutput<typeof StorySchema>;
export type StoryFigure = Story['figures'][number];

/** Every span in the story, with the text it must slice to (null: any text). */
function* spans(story: Story): Generator<[string, { start: number; end: number }, string | null]> {
	for (const p of story.paragraphs) {
		yield [`paragraphs.${p.id}`, p, p.text];
		for (const [i, s] of p.sentences.entries())
			yield [`paragraphs.${p.id}.sentences[${i}]`, s, null];
	}
	for (const a of story.areas) {
		yield [`areas[${a.number - 1}].heading`, a.heading, a.heading.text];
		yield [`areas[${a.number - 1}].heading.first`, a.heading.first, a.heading.first.text];
		yield [`areas[${a.number - 1}].heading.second`, a.heading.second, a.heading.second.text];
	}
	for (const f of story.figures) yield [`figures.${f.id}`, f, f.source];
	for (const e of story.enumerations) {
		yield [`enumerations.${e.id}`, e, null];
		for (const [i, item] of e.items.entries())
			yield [`enumerations.${e.id}.items[${i}]`, item, item.text];
		if (e.category) yield [`enumerations.${e.id}.category`, e.category, e.category.text];
	}
}

/**
 * Validates parsed JSON as a story: its shape, and that every span slices the text to
 * what it claims. Throws an Error naming the file, the field and what is wrong.
 */
export function parseStory(json: unknown, where = 'story.json'): Story {
	const result = v.safeParse(StorySchema, json);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue) ?? '(root)';
		throw new Error(`${where}: ${path}: ${issue.message}`);
	}
	const story = result.output;
	if (story.textHant.length !== story.text.length) {
		throw new Error(
			`${where}: textHant has ${story.textHant.length} code units, text has ${story.text.length}`
		);
	}
	for (const p of story.paragraphs) {
		if (story.textHant.slice(p.start, p.end) !== p.textHant) {
			throw new Error(
				`${where}: paragraphs.${p.id}.textHant is not the Traditional text at its span`
			);
		}
	}
	for (const a of story.areas) {
		if (story.textHant.slice(a.heading.start, a.heading.end) !== a.heading.textHant) {
			throw new Error(
				`${where}: areas[${a.number - 1}].heading.textHant is not the Traditional text at its span`
			);
		}
	}
	for (const [name, s, expected] of spans(story)) {
		if (s.end < s.start || s.end > story.text.length) {
			throw new Error(`${where}: ${name}: span ${s.start}–${s.end} lies outside the text`);
		}
		if (expected !== null && story.text.slice(s.start, s.end) !== expected) {
			throw new Error(`${where}: ${name}: text at ${s.start}–${s.end} is not "${expected}"`);
		}
	}
	return story;
}
