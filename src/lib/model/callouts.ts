import type { CalloutSpec } from '$lib/content/types';
import type { ChapterId } from '$lib/extract/chapters';
import { figureById } from '$lib/extract/lookup';
import type { Story, StoryFigure } from '$lib/extract/schema';
import { displayCount, displayShare, formatDigits } from '$lib/format';
import type { EditionText } from '$lib/translation/text';
import { stepAt, type Sentence } from './sentences';
import type { CalloutView } from './types';

/** How often `words` stand in `text`. */
function occurrences(text: string, words: string): number {
	return text.split(words).length - 1;
}

/** A callout of a chapter, as its spec cites the extract, in the edition's words. */
export function buildCallout(
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
	const figure = (id: string) => figureById(story, id, where);
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
