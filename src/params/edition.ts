import type { ParamMatcher } from '@sveltejs/kit';
import { isEditionSegment } from '$lib/editions';

/** The editions beside the canonical one at /: zh-hant and en. */
export const match = ((param: string) => isEditionSegment(param)) satisfies ParamMatcher;
