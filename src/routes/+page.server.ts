import { story } from '$lib/server/story';
import { zhHans } from '$lib/content/zh-hans';
import { storyPage } from '$lib/story/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => storyPage(story, zhHans);
