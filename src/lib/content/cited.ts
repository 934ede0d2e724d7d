import type { ViewId } from '$lib/map/views';

/**
 * What the story cites from the extract, the same in every edition: figures by id, lists
 * by their first item (as the Simplified text writes it). A missing one fails the build.
 */
export const cited = {
	/** The headline's year and its count of areas. */
	title: { year: 'framework-2020', eight: 'framework-8' },
	poverty: { people: 'poverty-509', households: 'poverty-211', population: 'outlook-150000' },
	projects: 'projects-29',
	/** The two lists of stages the project tiles follow. */
	sequences: ['储备', '早准备'],
	population: 'outlook-150000',
	/** People a mark of the population chart stands for: our choice of scale. */
	perMark: 1000,
	/** The locator map's view at each step of the intro, from the region down to Fenxi. */
	introViews: ['region', 'shanxi', 'linfen', 'fenxi'] satisfies ViewId[]
} as const;
