import type { AnchorView } from '$lib/charts/AreasOverview/data';
import type { AnchorSpec } from '$lib/content/types';
import type { ChapterId } from '$lib/extract/chapters';
import { figureById } from '$lib/extract/lookup';
import type { Story } from '$lib/extract/schema';
import type { EditionText } from '$lib/translation/text';

/**
 * An area's anchor: its words must stand in the chapter's text in the edition, and the
 * figures it cites be amounts of the chapter, each found in the words to be marked there.
 */
export function buildAnchor(
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
		const f = figureById(story, id, where);
		if (f.chapter !== chapter || f.role !== 'amount') {
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
