import type { ChapterId } from '$lib/extract/chapters';
import type { Story, StoryFigure } from '$lib/extract/schema';
import { displayCount, displayShare, formatDigits, type DisplayNumber } from './format';

/**
 * How a chapter's graphic cites the extract: our words around its numbers, never the
 * numbers. The number always comes from the Simplified extract; an edition in another
 * language gives the words it shows (`unit`, `items`, `gloss`), checked against its text.
 */
export type CalloutSpec =
	/**
	 * An amount of the extract, by id; `unit` replaces the article's measure word. A numeral
	 * that is part of a name (“1133”, 三大攻坚战) is no amount: it is cited as `words`.
	 */
	| { kind: 'figure'; figure: string; label: string; unit?: string }
	/** A list of the extract, found by one of its items; the number is how many items it has. */
	| { kind: 'list'; item: string; unit: string; label: string; items?: readonly string[] }
	/** How often a phrase stands in the chapter's text; `gloss` renders it, as often. */
	| { kind: 'phrase'; phrase: string; unit: string; label: string; gloss?: string }
	/**
	 * One amount as a share of another, with the arithmetic shown; the label is given both,
	 * as the edition writes them, so that it can say what the share is of.
	 */
	| {
			kind: 'ratio';
			numerator: string;
			denominator: string;
			label: (numerator: string, denominator: string) => string;
	  }
	/** Words quoted from the chapter's text (the edition's), found there verbatim: a quote. */
	| { kind: 'excerpt'; text: string; label: string }
	/**
	 * Words of the chapter's text set large in place of a number: a name (“1133”发展战略,
	 * 三大攻坚战) or the items of a list; under them, the items of the list with `item`, in the
	 * edition's words (`items`), where they say what the name stands for.
	 */
	| {
			kind: 'words';
			text: string;
			label: string;
			list?: { item: string; items?: readonly string[] };
	  };

/**
 * A focus area's one concrete thing, quoted from its text for the overview of the eight
 * areas: the amounts it states, a project or policy it names, or a list it gives.
 */
export type AnchorSpec =
	/** Words around amounts of the extract, given each as the edition writes it (211户, 211). */
	| { kind: 'figure'; figures: readonly string[]; text: (written: readonly string[]) => string }
	| { kind: 'named' | 'list'; text: string };

export interface ChapterSpec {
	/** The chapter's heading where the article gives none; without one, its first sentence. */
	heading?: string;
	/** The name in the chapter menu, where the article's heading does not serve. */
	menu?: string;
	callouts: CalloutSpec[];
	/** A focus area's anchor in the overview (every area has one). */
	anchor?: AnchorSpec;
}

/** An area's anchor as the overview shows it: its words, with its amounts marked. */
export interface AnchorView {
	kind: AnchorSpec['kind'];
	/** The words in pieces, the amounts among them marked, to be set apart. */
	parts: { text: string; amount: boolean }[];
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
	/** The number, or null where words stand in its place. */
	display: DisplayNumber | null;
	/** The words set in place of a number (a quote, a name), or null. */
	words: string | null;
	unit: string;
	label: string;
	/** The listed items, or the arithmetic of a derived number. */
	detail: string | null;
	/** Index of the step whose arrival reveals the callout. */
	step: number;
	/** The step text says the same, so assistive technology can skip the callout. */
	redundant: boolean;
	/** An amount counts up when it arrives; a date or words only fade in. */
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
	/** A focus area's anchor, or null. */
	anchor: AnchorView | null;
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
	chapterText: { start: number; end: number },
	/** Its place among the chapter's callouts. */
	index: number
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
	/** The list in the chapter's text with `item`, its items in the edition's words. */
	const listOf = (item: string, words?: readonly string[]) => {
		const list = story.enumerations.find(
			(e) =>
				e.start >= chapterText.start &&
				e.end <= chapterText.end &&
				e.items.some((i) => i.text === item)
		);
		if (!list) throw new Error(`${where}: no list in its text has the item "${item}"`);
		const items = words ?? list.items.map((i) => i.text);
		if (items.length !== list.items.length) {
			throw new Error(
				`${where}: the list with "${item}" has ${list.items.length} items, its words give ${items.length}`
			);
		}
		items.forEach(stated);
		return { list, detail: items.join(edition.listJoin) };
	};
	const base = { figure: null, display: null, words: null, unit: '', detail: null };
	switch (spec.kind) {
		case 'excerpt':
			return {
				...base,
				key: `excerpt-${chapter}`,
				kind: 'excerpt',
				words: spec.text,
				label: spec.label,
				step: stated(spec.text),
				redundant: true,
				countUp: false
			};
		case 'words':
			return {
				...base,
				key: `words-${chapter}-${index + 1}`,
				kind: 'words',
				words: spec.text,
				label: spec.label,
				detail: spec.list ? listOf(spec.list.item, spec.list.items).detail : null,
				step: stated(spec.text),
				redundant: true,
				countUp: false
			};
		case 'figure': {
			const f = figure(spec.figure);
			if (f.role !== 'amount') {
				throw new Error(
					`${where}: figure "${f.id}" (${f.source}) is part of a name, not an amount: cite the name as words`
				);
			}
			return {
				...base,
				key: f.id,
				kind: 'figure',
				figure: f.id,
				display: displayCount(f.value, f.kind, edition.lang),
				unit: spec.unit ?? f.unit ?? '',
				label: spec.label,
				step: stepOf(f.start, `figure ${f.id}`),
				redundant: true,
				countUp: f.kind === 'count'
			};
		}
		case 'list': {
			const { list, detail } = listOf(spec.item, spec.items);
			return {
				...base,
				key: list.id,
				kind: 'list',
				display: count(list.items.length),
				unit: spec.unit,
				label: spec.label,
				detail,
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
				...base,
				key: `phrase-${chapter}`,
				kind: 'phrase',
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
			const [n, d] = [figure(spec.numerator), figure(spec.denominator)].map((f) => {
				if (f.role !== 'amount') throw new Error(`${where}: figure "${f.id}" is not an amount`);
				return f;
			}) as [StoryFigure, StoryFigure];
			const display = displayShare(n.value, d.value);
			/** As the edition writes it in words (15万, 150,000). */
			const written = (f: StoryFigure) => {
				const shown = displayCount(f.value, f.kind, edition.lang);
				return `${formatDigits(shown.value, shown)}${shown.magnitude}`;
			};
			/** As the arithmetic sets it: digits, grouped, in every edition. */
			const digits = (f: StoryFigure) =>
				formatDigits(f.value, { ...displayCount(f.value, f.kind), grouping: true, magnitude: '' });
			return {
				...base,
				key: `${n.id}-of-${d.id}`,
				kind: 'ratio',
				display,
				label: spec.label(written(n), written(d)),
				detail: `${digits(n)} ÷ ${digits(d)} ≈ ${formatDigits(display.value, display)}%`,
				step: stepOf(n.start, `figure ${n.id}`),
				// The denominator comes from another chapter: the step text does not say this.
				redundant: false,
				countUp: true
			};
		}
	}
}

/**
 * An area's anchor: its words must stand in the chapter's text in the edition, and the
 * figures it cites be amounts of the chapter, each found in the words to be marked there.
 */
function buildAnchor(
	story: Story,
	edition: EditionText,
	spec: AnchorSpec,
	chapter: ChapterId,
	text: string
): AnchorView {
	const where = `content: chapter ${chapter}: its anchor`;
	if (spec.kind !== 'figure') {
		if (!text.includes(spec.text)) throw new Error(`${where} "${spec.text}" is not in its text`);
		return { kind: spec.kind, parts: [{ text: spec.text, amount: false }] };
	}
	const figures = spec.figures.map((id) => {
		const f = story.figures.find((x) => x.id === id);
		if (!f || f.chapter !== chapter || f.role !== 'amount') {
			throw new Error(`${where} cites "${id}", which is no amount of the chapter`);
		}
		return edition.figureText(f);
	});
	const words = spec.text(figures);
	if (!text.includes(words)) throw new Error(`${where} "${words}" is not in its text`);
	const parts: AnchorView['parts'] = [];
	let rest = words;
	for (const written of figures) {
		const at = rest.indexOf(written);
		if (at < 0) throw new Error(`${where} "${words}" does not write "${written}"`);
		if (at > 0) parts.push({ text: rest.slice(0, at), amount: false });
		parts.push({ text: written, amount: true });
		rest = rest.slice(at + written.length);
	}
	if (rest) parts.push({ text: rest, amount: false });
	return { kind: 'figure', parts };
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
			callouts: spec.callouts.map((c, i) =>
				buildCallout(story, edition, c, id, sentences, chapterText, i)
			),
			figureSteps: Object.fromEntries(
				story.figures.filter((f) => f.chapter === id).map((f) => [f.id, stepAt(sentences, f.start)])
			),
			anchor: spec.anchor
				? buildAnchor(story, edition, spec.anchor, id, sentences.map((s) => s.text).join(' '))
				: null
		};
	});
}
