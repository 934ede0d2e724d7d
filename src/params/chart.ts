import type { ParamMatcher } from '@sveltejs/kit';
import { isChartId } from '$lib/charts/ids';

/** The ids of the story's charts and maps. */
export const match = ((param: string) => isChartId(param)) satisfies ParamMatcher;
