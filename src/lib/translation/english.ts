import type { Story } from '$lib/extract/schema';
import { formatCount } from '$lib/format';
import type { EditionText } from './text';
import { article, type EnglishSentence } from './article';

/**
 * Checks that the translation is aligned with the extract, paragraph by paragraph and
 * sentence by sentence, and says where it is not: a missing or extra paragraph, a wrong
 * number of sentences, a heading that is not split in two (or a sentence that is).
 */
export function checkAlignment(
	story: Story,
	translation: Record<string, readonly EnglishSentence[]> = article
): void {
	const ids = new Set(story.paragraphs.map((p) => p.id));
	for (const id of Object.keys(translation)) {
		if (!ids.has(id)) throw new Error(`translation: paragraph ${id} is not in story.json`);
	}
	const headings = new Set(story.areas.map((a) => a.paragraph));
	for (const p of story.paragraphs) {
		const english = translation[p.id];
		if (!english) throw new Error(`translation: paragraph ${p.id} (${p.role}) is not translated`);
		if (english.length !== p.sentences.length) {
			throw new Error(
				`translation: paragraph ${p.id} has ${p.sentences.length} sentences, its translation ${english.length}`
			);
		}
		english.forEach((sentence, i) => {
			const heading = headings.has(p.id) && i === 0;
			if (heading !== Array.isArray(sentence)) {
				throw new Error(
					`translation: sentence ${i + 1} of paragraph ${p.id} ${heading ? 'is a heading and must be split in two' : 'is no heading and must be one string'}`
				);
			}
		});
	}
}

/** A sentence as running text: a heading's halves joined as a sentence. */
const sentenceText = (s: EnglishSentence) => (typeof s === 'string' ? s : `${s[0]}: ${s[1]}.`);

/** A paragraph of the translation as running text. */
export function englishParagraph(id: string): string {
	return (article[id] ?? []).map(sentenceText).join(' ');
}

/** The English edition's article: the translation, checked for alignment first. */
export function englishText(story: Story): EditionText {
	checkAlignment(story);
	return {
		lang: 'en',
		listJoin: ', ',
		sentence: (id, index) => sentenceText(article[id]![index]!),
		areaHeading: (area) => {
			const [first, second] = article[area.paragraph]![0] as readonly [string, string];
			return { first, second };
		},
		figureText: (f) => formatCount(f.value)
	};
}
