import type { ChapterId } from '$lib/extract/chapters';
import type { Story } from '$lib/extract/schema';
import { displayCount, displayPercent, formatDigits, type DisplayNumber } from './format';

/**
 * How a chapter's graphic cites the extract: our words around its numbers, never the
 * numbers. The number always comes from the Simplified extract; an edition in another
 * language gives the words it shows (`unit`, `items`, `gloss`), checked against its text.
 */
export type CalloutSpec =
	/** A figure of the extract, by id; `unit` replaces the article's measure word. */
	| { kind: 'figure'; figure: string; label: string; unit?: string }
	/** A list of the extract, found by one of its items; the number is how many items it has. */
	| { kind: 'list'; item: string; unit: string; label: string; items?: readonly string[] }
	/** How often a phrase stands in the chapter's text; `gloss` renders it, as often. */
	| { kind: 'phrase'; phrase: string; unit: string; label: string; gloss?: string }
	/** One figure as a share of another, with the arithmetic shown. */
	| { kind: 'ratio'; numerator: string; denominator: string; label: string }
	/** Words quoted from the chapter's text (the edition's), found there verbatim. */
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
	/** The sentence in the edition's language. */
	text: string;
}

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
		areaHeading: (a) => ({ first: `聚焦${a.heading.first.text}`, second: a.heading.second.text })
	};
}

/** Which step holds offset `at`: a heading before the first step counts as the first. */
function stepAt(sentences: Sentence[], at: number): number {
	const i = sentences.findIndex((s) => at >= s.start && at < s.end);
	return i >= 0 ? i : at < (sentences[0]?.start ?? 0) ? 0 : -1;
}

/** How often `words` stand in `text`. */
function occurrences(text: string, words: string): number {
	return text.split(words).length - 1;
}

function buildCallout(
	story: Story,
	edition: EditionText,
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
	/** The edition's words must stand in the chapter's text in that edition. */
	const stated = (words: string) => {
		const step = sentences.findIndex((s) => s.text.includes(words));
		if (step < 0)
			throw new Error(`${where}: "${words}" is not in the chapter's ${edition.lang} text`);
		return step;
	};
	const count = (n: number) => displayCount(n, 'count', edition.lang);
	switch (spec.kind) {
		case 'excerpt':
			return {
				key: `excerpt-${chapter}`,
				kind: 'excerpt',
				figure: null,
				display: null,
				unit: '',
				label: spec.label,
				detail: spec.text,
				step: stated(spec.text),
				redundant: true,
				countUp: false
			};
		case 'figure': {
			const f = figure(spec.figure);
			return {
				key: f.id,
				kind: 'figure',
				figure: f.id,
				display: displayCount(f.value, f.kind, edition.lang),
				unit: spec.unit ?? f.unit ?? '',
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
			const items = spec.items ?? list.items.map((i) => i.text);
			if (items.length !== list.items.length) {
				throw new Error(
					`${where}: the list with "${spec.item}" has ${list.items.length} items, its words give ${items.length}`
				);
			}
			items.forEach(stated);
			return {
				key: list.id,
				kind: 'list',
				figure: null,
				display: count(list.items.length),
				unit: spec.unit,
				label: spec.label,
				detail: items.join(edition.listJoin),
				step: stepOf(list.start, `the list with "${spec.item}"`),
				redundant: true,
				countUp: true
			};
		}
		case 'phrase': {
			const text = story.text.slice(chapterText.start, chapterText.end);
			const n = occurrences(text, spec.phrase);
			if (n === 0) throw new Error(`${where}: the phrase "${spec.phrase}" is not in its text`);
			const gloss = spec.gloss ?? spec.phrase;
			const inEdition = occurrences(sentences.map((s) => s.text).join(' '), gloss);
			if (inEdition !== n) {
				throw new Error(`${where}: "${spec.phrase}" stands ${n} times, "${gloss}" ${inEdition}`);
			}
			return {
				key: `phrase-${chapter}`,
				kind: 'phrase',
				figure: null,
				display: count(n),
				unit: spec.unit,
				label: spec.label,
				// Under a label that quotes the phrase already, the phrase again is a stammer.
				detail: spec.label.includes(gloss) ? null : gloss,
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
 * article's sentences in the edition's language, each callout knows the step that
 * reveals it, and every cited number is looked up in the extract (a missing one fails
 * the build).
 */
export function storyChapters(
	story: Story,
	edition: EditionText,
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
			p.sentences.map((s, i) => ({
				...s,
				paragraphStart: i === 0,
				// An area's heading sentence is set as the heading, not read from here.
				text: area && p.id === area.paragraph && i === 0 ? '' : edition.sentence(p.id, i)
			}))
		);
		// An area's heading sentence is the chapter heading; so is the first sentence of a
		// chapter that has no heading of ours (the outlook's 战鼓声声，催人奋进。).
		const headingSentence = area || !spec.heading ? all[0] : undefined;
		const sentences = headingSentence ? all.slice(1) : all;
		if (headingSentence && sentences[0]) sentences[0] = { ...sentences[0], paragraphStart: true };
		const chapterText = { start: paragraphs[0]!.start, end: paragraphs.at(-1)!.end };
		const heading: ChapterView['heading'] = area
			? edition.areaHeading(area)
			: { text: spec.heading ?? headingSentence!.text.replace(/[。.]$/u, '') };
		return {
			id,
			number: area?.number ?? null,
			heading,
			// A heading's second half names the chapter in the menu, as a name: capitalised.
			menu:
				spec.menu ??
				('second' in heading
					? heading.second.charAt(0).toUpperCase() + heading.second.slice(1)
					: heading.text),
			steps: sentences.map((s, i) => ({
				id: `${id}-${i + 1}`,
				text: s.text,
				paragraphStart: s.paragraphStart
			})),
			callouts: spec.callouts.map((c) =>
				buildCallout(story, edition, c, id, sentences, chapterText)
			),
			figureSteps: Object.fromEntries(
				story.figures.filter((f) => f.chapter === id).map((f) => [f.id, stepAt(sentences, f.start)])
			)
		};
	});
}
