import { figureById } from '$lib/extract/lookup';
import type { Story } from '$lib/extract/schema';
import { stepText, table, type ChartPart, type ChartSource } from '../types';

export interface ProjectTiles {
	/** The stages of the batch of big, good projects to attract (储备、签约、落地): no count. */
	batch: string[];
	/** The key projects set for the year: one tile each. */
	tiles: number;
	/** How the key projects are to be pushed (早准备、早部署、早启动). */
	pace: string[];
}

export interface ProjectTilesData extends ProjectTiles {
	/** The batch's heading, and the key projects'. */
	headings: [string, string];
	/** The step that states the key projects: the tiles come then. */
	step: number;
}

export interface ProjectTilesWords {
	/**
	 * The batch's stages and the key projects' pace in this edition's words, checked against
	 * the extract's lists and the chapter's text; null for the article's own.
	 */
	lists: Pick<ProjectTiles, 'batch' | 'pace'> | null;
	/** The batch's heading and the key projects': no number, shown before the tiles come. */
	headings: [string, string];
	captions: (d: ProjectTiles) => [string, string];
	tableCaption: string;
	columns: [string, string];
	rows: (d: ProjectTiles) => [string, string | number][];
}

/** The key projects' count, and by their first items the lists of stages: the batch's, theirs. */
const CITES = { tiles: 'projects-29', batch: '储备', pace: '早准备' };

/** A list of the extract's items, found by its first item. */
function listFrom(story: Story, first: string, where: string): string[] {
	const list = story.enumerations.find((e) => e.items[0]?.text === first);
	if (!list) throw new Error(`${where}: no list in story.json starts with "${first}"`);
	return list.items.map((i) => i.text);
}

/**
 * The projects chapter's two kinds of projects, kept apart as the article keeps them: a
 * batch to attract, in stages, and the key projects of the year, as tiles, with their pace.
 * In the extract's words.
 */
export function projectTiles(story: Story, where = 'chart project-tiles'): ProjectTiles {
	return {
		batch: listFrom(story, CITES.batch, where),
		tiles: figureById(story, CITES.tiles, where).value,
		pace: listFrom(story, CITES.pace, where)
	};
}

/** An edition's words for a list of the extract: as many, each in the chapter's text. */
function checkedList(words: string[], list: string[], text: string, where: string): string[] {
	if (words.length !== list.length) {
		throw new Error(
			`${where}: "${list.join('、')}" has ${list.length} items, its words ${words.length}`
		);
	}
	for (const word of words) {
		if (!text.includes(word)) throw new Error(`${where}: "${word}" is not in the chapter's text`);
	}
	return words;
}

/** 0 before the key projects are named; 1 from then on. */
export const projectsState = (d: ProjectTilesData, active: number): number =>
	active >= d.step ? 1 : 0;

export function buildProjectTiles(
	source: ChartSource<ProjectTilesWords>
): ChartPart<ProjectTilesData> {
	const where = `chart ${source.id}`;
	const extract = projectTiles(source.story, where);
	const { words } = source;
	const text = source.chapter.steps.map((s) => stepText(s, source.lang)).join(' ');
	const d: ProjectTiles = words.lists
		? {
				...extract,
				batch: checkedList(words.lists.batch, extract.batch, text, where),
				pace: checkedList(words.lists.pace, extract.pace, text, where)
			}
		: extract;
	const step = source.chapter.figureSteps[CITES.tiles];
	if (step === undefined || step < 0) {
		throw new Error(`${where}: its chapter does not state "${CITES.tiles}"`);
	}
	return {
		data: { ...d, headings: words.headings, step },
		text: {
			captions: words.captions(d),
			table: table(source.common, words.tableCaption, words.columns, words.rows(d))
		}
	};
}
