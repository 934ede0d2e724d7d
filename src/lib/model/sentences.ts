/** A sentence of a chapter: its span in the extract, and its text in the edition. */
export interface Sentence {
	start: number;
	end: number;
	paragraphStart: boolean;
	/** The sentence in the edition's language. */
	text: string;
}

/** Which step holds offset `at`: a heading before the first step counts as the first. */
export function stepAt(sentences: Sentence[], at: number): number {
	const i = sentences.findIndex((s) => at >= s.start && at < s.end);
	return i >= 0 ? i : at < (sentences[0]?.start ?? 0) ? 0 : -1;
}
