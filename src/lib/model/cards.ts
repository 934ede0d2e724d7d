import type { Story } from '$lib/extract/schema';
import type { EditionText } from '$lib/translation/text';

/**
 * How much of a step one card holds, in characters, so that a card fits the part of a small
 * phone's screen the cards pass through (320×568: two fifths of it, seven lines or so).
 */
export const CARD_CAPACITY = { zh: 80, en: 200 };

/** Where a text may be split between cards, best first: after a sentence, a clause, a phrase. */
const BREAKS = {
	zh: [/[。！？]”?/gu, /[；：]/gu, /，/gu, /、/gu],
	en: [/[.!?][”’)]?(?= )/gu, /[;:](?= )/gu, /,(?= )/gu]
};

const language = (lang: string): 'zh' | 'en' => (lang.startsWith('zh') ? 'zh' : 'en');

/**
 * How many cards each step takes, by the offset of its sentence in the extract: as many as
 * its longest edition needs (the same in every edition, so that a card is the same part of
 * the story in each).
 */
export function cardCounts(story: Story, editions: readonly EditionText[]): Map<number, number> {
	const counts = new Map<number, number>();
	for (const p of story.paragraphs) {
		p.sentences.forEach((s, i) => {
			const need = Math.max(
				...editions.map((e) =>
					Math.ceil(e.sentence(p.id, i).length / CARD_CAPACITY[language(e.lang)])
				)
			);
			counts.set(s.start, Math.max(1, need));
		});
	}
	return counts;
}

/**
 * `text` in `k` parts of about equal length, each ending where the text allows a break: a
 * sentence's end if one is near the even cut, else a clause's, else a phrase's. The parts
 * join back to the text (with the space at a break).
 */
export function splitText(text: string, k: number, lang: string): string[] {
	if (k <= 1) return [text];
	const breaks = BREAKS[language(lang)].map((pattern) =>
		[...text.matchAll(pattern)].map((m) => m.index + m[0].length)
	);
	const cuts: number[] = [];
	let from = 0;
	for (let part = 1; part < k; part++) {
		const target = from + (text.length - from) / (k - part + 1);
		const reach = (text.length / k) * 0.35;
		const near = (at: number) => at > from && Math.abs(at - target) <= reach;
		const nearest = (list: number[]) =>
			list.sort((a, b) => Math.abs(a - target) - Math.abs(b - target))[0];
		// The best kind of break near the even cut; else the nearest break of any kind.
		const cut =
			breaks.map((kind) => nearest(kind.filter(near))).find((at) => at !== undefined) ??
			nearest(breaks.flat().filter((at) => at > from && at < text.length)) ??
			null;
		if (cut === null)
			throw new Error(
				`cards: no place to split "${text.slice(0, 40)}…" near ${Math.round(target)}`
			);
		cuts.push(cut);
		from = cut;
	}
	return [0, ...cuts, text.length]
		.slice(1)
		.map((end, i, ends) => text.slice(i === 0 ? 0 : ends[i - 1], end).trim());
}
