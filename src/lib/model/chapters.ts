import type { ChapterSpec } from '$lib/content/types';
import type { ChapterId } from '$lib/extract/chapters';
import type { Story } from '$lib/extract/schema';
import type { EditionText } from '$lib/translation/text';
import { buildAnchor } from './anchors';
import { buildCallout } from './callouts';
import { splitText } from './cards';
import { stepAt, type Sentence } from './sentences';
import type { ChapterView } from './types';

/**
 * The story's chapters, in reading order, built at prerender time: the steps are the
 * article's sentences in the edition's language, each callout knows the step that
 * reveals it, and every cited number is looked up in the extract (a missing one fails
 * the build). A long step is read on a phone in several cards: `cards` says how many, by the
 * offset of its sentence (`cardCounts`), the same in every edition.
 */
export function storyChapters(
	story: Story,
	edition: EditionText,
	specs: Record<ChapterId, ChapterSpec>,
	chapterOrder: readonly ChapterId[],
	cards: ReadonlyMap<number, number> = new Map()
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
				parts: splitText(s.text, cards.get(s.start) ?? 1, edition.lang),
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
