import type { ChapterId } from '$lib/extract/chapters';
import type { Story } from '$lib/extract/schema';
import { displayCount, displayPercent, formatDigits, type DisplayNumber } from './format';

/** How a chapter's graphic cites the extract: our words around its numbers, never the numbers. */
export type CalloutSpec =
	/** A figure of the extract, by id. */
	| { kind: 'figure'; figure: string; label: string }
	/** A list of the extract, found by one of its items; the number is how many items it has. */
	| { kind: 'list'; item: string; unit: string; label: string }
	/** How often a phrase stands in the chapter's text. */
	| { kind: 'phrase'; phrase: string; unit: string; label: string }
	/** One figure as a share of another, with the arithmetic shown. */
	| { kind: 'ratio'; numerator: string; denominator: string; label: string }
	/** Words quoted from the chapter's text, found there verbatim. */
	| { kind: 'excerpt'; text: string; label: string };

export interface ChapterSpec {
	/** The chapter's heading where the article gives none; without one, its first sentence. */
	heading?: string;
	/** The name in the chapter menu, where the article's heading does not serve. */
	menu?: string;
	callouts: CalloutSpec[];
}

export interface StepView {
	id: string;
	text: string;
	/** The step opens a paragraph of the article. */
	paragraphStart: boolean;
}

export interface CalloutView {
	key: string;
	kind: CalloutSpec['kind'];
	/** The extract figure the number comes from (`data-figure`), or null for derived numbers. */
	figure: string | null;
	/** The number, or null for an excerpt. */
	display: DisplayNumber | null;
	unit: string;
	label: string;
	/** The listed items, or the arithmetic of a derived number. */
	detail: string | null;
	/** Index of the step whose arrival reveals the callout. */
	step: number;
	/** The step text says the same, so assistive technology can skip the callout. */
	redundant: boolean;
	/** An amount counts up when it arrives; a name (a year, “1133”) only fades in. */
	countUp: boolean;
}

export interface ChapterView {
	id: ChapterId;
	/** 1–8 for the focus areas. */
	number: number | null;
	heading: { first: string; second: string } | { text: string };
	menu: string;
	steps: StepView[];
	callouts: CalloutView[];
	/** The step that states each figure of the chapter, by figure id: when a chart shows it. */
	figureSteps: Record<string, number>;
}

interface Sentence {
	start: number;
	end: number;
	paragraphStart: boolean;
}

/** Which step holds offset `at`: a heading before the first step counts as the first. */
function stepAt(sentences: Sentence[], at: number): number {
	const i = sentences.findIndex((s) => at >= s.start && at < s.end);
	return i >= 0 ? i : at < (sentences[0]?.start ?? 0) ? 0 : -1;
}

function buildCallout(
	story: Story,
	spec: CalloutSpec,
	chapter: ChapterId,
	sentences: Sentence[],
	chapterText: { start: number; end: number }
): CalloutView {
	const where = `content: chapter ${chapter}`;
	const figure = (id: string) => {
		const f = story.figures.find((x) => x.id === id);
		if (!f) throw new Error(`${where}: no figure "${id}" in story.json`);
		return f;
	};
	const stepOf = (at: number, what: string) => {
		const step = at >= chapterText.start && at < chapterText.end ? stepAt(sentences, at) : -1;
		if (step < 0) throw new Error(`${where}: ${what} is not in the chapter's text`);
		return step;
	};
	switch (spec.kind) {
		case 'excerpt': {
			const at = story.text.indexOf(spec.text, chapterText.start);
			if (at < 0 || at + spec.text.length > chapterText.end) {
				throw new Error(`${where}: the excerpt "${spec.text}" is not in the chapter's text`);
			}
			return {
				key: `excerpt-${at}`,
				kind: 'excerpt',
				figure: null,
				display: null,
				unit: '',
				label: spec.label,
				detail: spec.text,
				step: stepOf(at, 'the excerpt'),
				redundant: true,
				countUp: false
			};
		}
		case 'figure': {
			const f = figure(spec.figure);
			return {
				key: f.id,
				kind: 'figure',
				figure: f.id,
				display: displayCount(f.value, f.kind),
				unit: f.unit ?? '',
				label: spec.label,
				detail: null,
				step: stepOf(f.start, `figure ${f.id}`),
				redundant: true,
				countUp: f.kind === 'count'
			};
		}
		case 'list': {
			const list = story.enumerations.find(
				(e) =>
					e.start >= chapterText.start &&
					e.end <= chapterText.end &&
					e.items.some((i) => i.text === spec.item)
			);
			if (!list) throw new Error(`${where}: no list in its text has the item "${spec.item}"`);
			return {
				key: list.id,
				kind: 'list',
				figure: null,
				display: displayCount(list.items.length, 'count'),
				unit: spec.unit,
				label: spec.label,
				detail: list.items.map((i) => i.text).join('、'),
				step: stepOf(list.start, `the list with "${spec.item}"`),
				redundant: true,
				countUp: true
			};
		}
		case 'phrase': {
			const text = story.text.slice(chapterText.start, chapterText.end);
			const count = text.split(spec.phrase).length - 1;
			if (count === 0) throw new Error(`${where}: the phrase "${spec.phrase}" is not in its text`);
			return {
				key: `phrase-${spec.phrase}`,
				kind: 'phrase',
				figure: null,
				display: displayCount(count, 'count'),
				unit: spec.unit,
				label: spec.label,
				detail: spec.phrase,
				step: stepOf(chapterText.start + text.lastIndexOf(spec.phrase), `"${spec.phrase}"`),
				redundant: true,
				countUp: true
			};
		}
		case 'ratio': {
			const n = figure(spec.numerator);
			const d = figure(spec.denominator);
			const display = displayPercent(n.value / d.value);
			const digits = (value: number, kind: string) =>
				formatDigits(value, { ...displayCount(value, kind), grouping: true, magnitude: '' });
			return {
				key: `${n.id}-of-${d.id}`,
				kind: 'ratio',
				figure: null,
				display,
				unit: '',
				label: spec.label,
				detail: `${digits(n.value, n.kind)} ÷ ${digits(d.value, d.kind)} ≈ ${formatDigits(display.value, display)}%`,
				step: stepOf(n.start, `figure ${n.id}`),
				// The denominator comes from another chapter: the step text does not say this.
				redundant: false,
				countUp: true
			};
		}
	}
}

/**
 * The story's chapters, in reading order, built at prerender time: the steps are the
 * article's sentences, each callout knows the step that reveals it, and every cited
 * number is looked up in the extract (a missing one fails the build).
 */
export function storyChapters(
	story: Story,
	specs: Record<ChapterId, ChapterSpec>,
	chapterOrder: readonly ChapterId[]
): ChapterView[] {
	return chapterOrder.map((id): ChapterView => {
		const spec = specs[id];
		const paragraphs = story.paragraphs.filter(
			(p) => p.chapter === id && p.role !== 'byline' && p.role !== 'editor'
		);
		if (paragraphs.length === 0) throw new Error(`story.json: chapter ${id} has no paragraphs`);
		const area = story.areas.find((a) => a.chapter === id) ?? null;
		const all: Sentence[] = paragraphs.flatMap((p) =>
			p.sentences.map((s, i) => ({ ...s, paragraphStart: i === 0 }))
		);
		// An area's heading sentence is the chapter heading; so is the first sentence of a
		// chapter that has no heading of ours (the outlook's 战鼓声声，催人奋进。).
		const headingSentence = area || !spec.heading ? all[0] : undefined;
		const sentences = headingSentence ? all.slice(1) : all;
		if (headingSentence && sentences[0]) sentences[0] = { ...sentences[0], paragraphStart: true };
		const chapterText = { start: paragraphs[0]!.start, end: paragraphs.at(-1)!.end };
		const heading: ChapterView['heading'] = area
			? { first: `聚焦${area.heading.first.text}`, second: area.heading.second.text }
			: {
					text: spec.heading ?? story.text.slice(headingSentence!.start, headingSentence!.end - 1)
				};
		return {
			id,
			number: area?.number ?? null,
			heading,
			menu: spec.menu ?? area?.heading.second.text ?? ('text' in heading ? heading.text : id),
			steps: sentences.map((s, i) => ({
				id: `${id}-${i + 1}`,
				text: story.text.slice(s.start, s.end),
				paragraphStart: s.paragraphStart
			})),
			callouts: spec.callouts.map((c) => buildCallout(story, c, id, sentences, chapterText)),
			figureSteps: Object.fromEntries(
				story.figures.filter((f) => f.chapter === id).map((f) => [f.id, stepAt(sentences, f.start)])
			)
		};
	});
}
