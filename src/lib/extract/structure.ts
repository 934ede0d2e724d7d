import { FOCUS_CHAPTERS, type ChapterId, type FocusChapterId } from './chapters';
import { ExtractError } from './errors';

/** A span of the canonical text: `text.slice(start, end)` (UTF-16 code units, as JavaScript counts). */
export interface Span {
	start: number;
	end: number;
}

export interface TextSpan extends Span {
	text: string;
}

/** What a paragraph is to the article, in reading order. */
export const PARAGRAPH_ROLES = [
	'lede',
	'commentary',
	'framework',
	'focus-area',
	'closing',
	'byline',
	'editor'
] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

export interface Paragraph extends Span {
	/** `p1`, `p2`, … in reading order. */
	id: string;
	role: ParagraphRole;
	chapter: ChapterId;
	text: string;
	sentences: Span[];
}

export interface FocusArea {
	/** 1–8, in the article's order. */
	number: number;
	chapter: FocusChapterId;
	paragraph: string;
	/** `聚焦X，Y。`, and both of its halves, each with its span. */
	heading: TextSpan & { first: TextSpan; second: TextSpan };
	/** Characters in the whole paragraph, heading included (code points). */
	length: number;
	/** Han characters in the whole paragraph: the measure of how many words the area gets. */
	hanCount: number;
}

const HEADING = /^聚焦([^，。！？]+)，([^，。！？]+)。/;
const SENTENCE = /[^。！？]+(?:[。！？]+[”’」』]?|$)/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
/** 记者 王德政, 记者：王德政 or 记者王德政, alone on its line. */
const BYLINE = /^记者[ ：:]?[^\s，。]{2,4}$/;
const EDITOR = /^责任编辑：/;

/** Splits a paragraph into sentences at 。！？, keeping a closing quote with its sentence. */
export function splitSentences(text: string, offset = 0): Span[] {
	return [...text.matchAll(SENTENCE)].map((m) => ({
		start: offset + m.index,
		end: offset + m.index + m[0].length
	}));
}

/** Reads a focus-area heading `聚焦X，Y。` at the start of a paragraph, or null. */
export function parseHeading(
	text: string,
	where: string
): { first: string; second: string; length: number } | null {
	if (!text.startsWith('聚焦')) return null;
	const m = HEADING.exec(text);
	if (!m) {
		const firstSentence = text.split('。')[0] ?? text;
		throw new ExtractError(
			where,
			`focus-area heading "${firstSentence.slice(0, 30)}。" has only one half (expected 聚焦X，Y。)`
		);
	}
	return { first: m[1]!, second: m[2]!, length: m[0].length };
}

/** The role of a paragraph that is not a focus area, from where it stands and how it reads. */
function roleOf(index: number, text: string, firstArea: number): ParagraphRole {
	if (index === 0) return 'lede';
	if (index < firstArea - 1) return 'commentary';
	if (index < firstArea) return 'framework';
	if (BYLINE.test(text)) return 'byline';
	if (EDITOR.test(text)) return 'editor';
	return 'closing';
}

function chapterOf(heading: string, where: string): FocusChapterId {
	const matches = FOCUS_CHAPTERS.filter((c) => heading.includes(c.headingKey));
	if (matches.length !== 1) {
		throw new ExtractError(
			where,
			`heading "${heading}" names ${matches.length === 0 ? 'no' : 'more than one'} chapter (keys: ${FOCUS_CHAPTERS.map((c) => c.headingKey).join(' ')})`
		);
	}
	return matches[0]!.id;
}

/**
 * Splits the canonical text into paragraphs, gives each its role and chapter, and finds
 * the focus areas from their `聚焦X，Y。` openings. Fails when there are none, when their
 * number is not `expectAreas`, or when they do not stand together.
 */
export function structure(
	text: string,
	expectAreas: number
): { paragraphs: Paragraph[]; areas: FocusArea[] } {
	const lines = text.split('\n');
	let offset = 0;
	const spans = lines.map((line, i) => {
		const span = { id: `p${i + 1}`, text: line, start: offset, end: offset + line.length };
		offset += line.length + 1;
		return span;
	});

	const headings = spans.map((p) => parseHeading(p.text, `paragraph ${p.id}`));
	const areaIndexes = headings.flatMap((h, i) => (h ? [i] : []));
	if (areaIndexes.length === 0) {
		throw new ExtractError(
			'article',
			'no focus-area headings found (paragraphs opening 聚焦X，Y。)'
		);
	}
	if (areaIndexes.length !== expectAreas) {
		throw new ExtractError(
			'article',
			`found ${areaIndexes.length} focus-area headings, expected ${expectAreas} (--expect-areas)`
		);
	}
	const firstArea = areaIndexes[0]!;
	const lastArea = areaIndexes[areaIndexes.length - 1]!;
	if (lastArea - firstArea + 1 !== areaIndexes.length) {
		const gap = spans.findIndex((_, i) => i > firstArea && i < lastArea && !headings[i]);
		throw new ExtractError(
			`paragraph p${gap + 1}`,
			'a paragraph without a 聚焦X，Y。 heading stands between the focus areas'
		);
	}

	const areas: FocusArea[] = [];
	const seen = new Map<FocusChapterId, string>();
	const paragraphs = spans.map((p, i): Paragraph => {
		const sentences = splitSentences(p.text, p.start);
		const heading = headings[i];
		if (heading) {
			const where = `paragraph ${p.id}`;
			const headingText = p.text.slice(0, heading.length);
			const chapter = chapterOf(headingText, where);
			const previous = seen.get(chapter);
			if (previous) {
				throw new ExtractError(where, `heading names chapter ${chapter} again (as ${previous})`);
			}
			seen.set(chapter, p.id);
			const firstStart = p.start + 2;
			const secondStart = firstStart + heading.first.length + 1;
			areas.push({
				number: areas.length + 1,
				chapter,
				paragraph: p.id,
				heading: {
					text: headingText,
					start: p.start,
					end: p.start + heading.length,
					first: { text: heading.first, start: firstStart, end: firstStart + heading.first.length },
					second: {
						text: heading.second,
						start: secondStart,
						end: secondStart + heading.second.length
					}
				},
				length: [...p.text].length,
				hanCount: p.text.match(HAN)?.length ?? 0
			});
			return { ...p, role: 'focus-area', chapter, sentences };
		}
		const role = roleOf(i, p.text, firstArea);
		const chapter: ChapterId =
			role === 'lede' || role === 'commentary'
				? 'intro'
				: role === 'framework'
					? 'framework'
					: 'outlook';
		return { ...p, role, chapter, sentences };
	});
	checkOrder(areas);
	checkComplete(paragraphs);
	return { paragraphs, areas };
}

/** The focus areas stand in the order the chapter table gives them; a swap is damage. */
function checkOrder(areas: FocusArea[]): void {
	const order = FOCUS_CHAPTERS.map((c) => c.id);
	areas.forEach((area, i) => {
		const previous = areas[i - 1];
		if (previous && order.indexOf(area.chapter) < order.indexOf(previous.chapter)) {
			throw new ExtractError(
				`paragraph ${area.paragraph}`,
				`focus area ${area.chapter} stands after ${previous.chapter}: the areas are out of order`
			);
		}
	});
}

/**
 * A complete article: every paragraph of text ends a sentence, and the byline and the
 * editor's line close it. A text cut short fails here instead of shipping half a story.
 */
function checkComplete(paragraphs: Paragraph[]): void {
	for (const p of paragraphs) {
		if (p.role === 'byline' || p.role === 'editor' || /[。！？”]$/u.test(p.text)) continue;
		throw new ExtractError(
			`paragraph ${p.id}`,
			`ends mid-sentence (“…${p.text.slice(-12)}”): is the text cut short?`
		);
	}
	for (const role of ['byline', 'editor'] as const) {
		if (!paragraphs.some((p) => p.role === role)) {
			throw new ExtractError(
				'article',
				`no ${role === 'byline' ? 'byline (记者 …)' : "editor's line (责任编辑：…)"} at its end: is the text cut short?`
			);
		}
	}
}
