import type { ParamMatcher } from '@sveltejs/kit';
import { CHAPTER_IDS } from '$lib/extract/chapters';

/** The story's chapter ids. */
export const match = ((param: string) =>
	(CHAPTER_IDS as readonly string[]).includes(param)) satisfies ParamMatcher;
