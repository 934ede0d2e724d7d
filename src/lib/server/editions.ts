import { en } from '$lib/content/en';
import { zhHans } from '$lib/content/zh-hans';
import type { EditionId } from '$lib/editions';
import { toTraditional } from '$lib/extract/convert';
import locatorJson from '$lib/map/locator.json';
import { editionLocator } from '$lib/map/edition';
import type { Locator } from '$lib/map/views';
import { placedMap, storyPage, type StoryPage } from '$lib/story/page';
import { extractText } from '$lib/story/view';
import { englishText } from '$lib/translation/english';
import { story } from './story';

/** Every string in `value` converted to Traditional characters; everything else as it is. */
export function traditional<T>(value: T): T {
	if (typeof value === 'string') return toTraditional(value) as T;
	if (Array.isArray(value)) return value.map(traditional) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, traditional(v)])) as T;
	}
	return value;
}

const locator = locatorJson as Locator;

/**
 * One edition of the story page. The Traditional edition is the Simplified page
 * converted with OpenCC, article text and our words alike, as the extract makes its
 * Traditional text; OpenCC runs here, at build time, and never reaches the browser. Its
 * map's labels are those placed for the Traditional names.
 */
export function editionPage(id: EditionId): StoryPage {
	// Built once per edition and build: every prerendered route of it (story, embeds,
	// share pages, QR codes) reads the same page.
	let page = built.get(id);
	if (!page) {
		page =
			id === 'zh-Hans'
				? storyPage(story, extractText(story), zhHans, locator)
				: id === 'zh-Hant'
					? traditionalPage(editionPage('zh-Hans'))
					: storyPage(story, englishText(story), en, locator);
		built.set(id, page);
	}
	return page;
}

const built = new Map<EditionId, StoryPage>();

/** The Simplified page converted, with the map's labels placed for the Traditional names. */
function traditionalPage(simplified: StoryPage): StoryPage {
	// Not the Simplified labels converted: placed for the Simplified names (and the arrows'
	// words), they could differ.
	const {
		locator: _,
		arrows: { drawing: __, ...arrows },
		...map
	} = simplified.map;
	const page = traditional({ ...simplified, map: { ...map, arrows } });
	return {
		...page,
		lang: 'zh-Hant',
		map: placedMap(page.map, editionLocator(locator, 'zh-Hant', traditional(zhHans.map.arrows)))
	};
}
