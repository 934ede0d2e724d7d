import type { ViewId } from '$lib/map/views';

/**
 * What the story cites from the extract, the same in every edition: figures by id, lists
 * by their first item (as the Simplified text writes it). A missing one fails the build.
 */
export const cited = {
	/** The headline's year and its count of areas. */
	title: { year: 'framework-2020', eight: 'framework-8' },
	/** When the article was published: its opening names the month (五月), the year is 2020. */
	published: { month: 'intro-5', year: 'framework-2020' },
	poverty: { people: 'poverty-509', households: 'poverty-211', population: 'outlook-150000' },
	/** The key projects' count, and by their first items the lists of stages: the batch's, theirs. */
	projects: { tiles: 'projects-29', batch: '储备', pace: '早准备' },
	population: 'outlook-150000',
	/** People a mark of the population chart stands for: our choice of scale. */
	perMark: 1000,
	/** The locator map's view at each step of the intro, from the region down to Fenxi. */
	introViews: ['region', 'shanxi', 'linfen', 'fenxi'] satisfies ViewId[]
} as const;
