import { story } from '$lib/server/story';
import { articleView } from '$lib/article/view';
import { CITED_FIGURES } from '$lib/content/zh-hans';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => articleView(story, CITED_FIGURES);
