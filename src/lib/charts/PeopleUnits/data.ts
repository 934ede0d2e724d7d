import { figureById } from '$lib/extract/lookup';
import type { Story } from '$lib/extract/schema';
import { table, type ChartPart, type ChartSource } from '../types';

export interface PeopleUnits {
	population: number;
	/** People a mark stands for: our choice of scale. */
	perMark: number;
	marks: number;
}

export interface PeopleUnitsData extends PeopleUnits {
	/** The step that states the population: the marks come then. */
	step: number;
}

export interface PeopleUnitsWords {
	captions: (d: PeopleUnits) => [string, string];
	tableCaption: string;
	columns: [string, string];
	rows: (d: PeopleUnits) => [string, string | number][];
}

/** The county's people (15万, in the closing), and the people a mark stands for. */
const CITES = { population: 'outlook-150000' };
export const PER_MARK = 1000;

/** The county's people as marks of `perMark` each: 150,000 ÷ 1,000 = 150 marks. */
export function peopleUnits(story: Story, perMark = PER_MARK): PeopleUnits {
	const population = figureById(story, CITES.population, 'chart people-units').value;
	if (population % perMark !== 0) {
		throw new Error(`chart: ${population} is not a whole number of marks of ${perMark}`);
	}
	return { population, perMark, marks: population / perMark };
}

/** 0 before the population is named; 1 from then on. */
export const peopleState = (d: PeopleUnitsData, active: number): number =>
	active >= d.step ? 1 : 0;

export function buildPeopleUnits(
	source: ChartSource<PeopleUnitsWords>
): ChartPart<PeopleUnitsData> {
	const d = peopleUnits(source.story);
	const step = source.chapter.figureSteps[CITES.population];
	if (step === undefined || step < 0) {
		throw new Error(`chart ${source.id}: its chapter does not state "${CITES.population}"`);
	}
	const { words } = source;
	return {
		data: { ...d, step },
		text: {
			captions: words.captions(d),
			table: table(source.common, words.tableCaption, words.columns, words.rows(d))
		}
	};
}
