import { figureById } from '$lib/extract/lookup';
import type { Story } from '$lib/extract/schema';
import { table, type ChartPart, type ChartSource } from '../types';

export interface PovertyUnits {
	/** The remaining registered poor: one mark each. */
	people: number;
	/** Their households: one mark each. */
	households: number;
	/** The county's residents, as the closing paragraph puts them (15万). */
	population: number;
}

export interface PovertyUnitsData extends PovertyUnits {
	/** The step that states the households and the people: the chart's second state. */
	step: number;
}

export interface PovertyUnitsWords {
	captions: (d: PovertyUnits) => [string, string, string];
	tableCaption: string;
	columns: [string, string];
	rows: (d: PovertyUnits) => [string, string | number][];
}

/** The figures the chart draws: 509名, 211户 (the poverty chapter's), 15万 (the closing's). */
const CITES = { people: 'poverty-509', households: 'poverty-211', population: 'outlook-150000' };

export function povertyUnits(story: Story, where = 'chart poverty-units'): PovertyUnits {
	const value = (id: string) => figureById(story, id, where).value;
	return {
		people: value(CITES.people),
		households: value(CITES.households),
		population: value(CITES.population)
	};
}

/** 0 before the step that states the figures; 1 at it (the households); 2 after (the share). */
export const povertyState = (d: PovertyUnitsData, active: number): number =>
	active < d.step ? 0 : active === d.step ? 1 : 2;

export function buildPovertyUnits(
	source: ChartSource<PovertyUnitsWords>
): ChartPart<PovertyUnitsData> {
	const d = povertyUnits(source.story, `chart ${source.id}`);
	const step = source.chapter.figureSteps[CITES.households];
	if (step === undefined || step < 0) {
		throw new Error(`chart ${source.id}: its chapter does not state "${CITES.households}"`);
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
