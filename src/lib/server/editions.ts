import { en } from '$lib/content/en';
import { zhHans } from '$lib/content/zh-hans';
import type { EditionId } from '$lib/editions';
import { toTraditional } from '$lib/extract/convert';
import { placeMapsFor } from '$lib/charts/maps/data';
import locatorJson from '$lib/map/locator.json';
import type { Locator } from '$lib/map/views';
import { cardCounts } from '$lib/model/cards';
import { storyPage } from '$lib/model/page';
import type { StoryPage } from '$lib/model/types';
import { englishText } from '$lib/translation/english';
import { extractText } from '$lib/translation/text';
import { story } from './story';

/**
 * Our words in Taiwan's usage where OpenCC's characters keep the mainland's, by hand. The
 * article never has them (`traditionalPage` checks), so it stays exactly as converted.
 */
export const TAIWAN_WORDS: Readonly<Record<string, string>> = {
	數據: '資料',
	鏈接: '連結',
	二維碼: 'QR Code',
	程序: '程式',
	代碼: '程式碼'
};
const TAIWAN_WORD = new RegExp(Object.keys(TAIWAN_WORDS).join('|'), 'gu');

/** `value` with `change` applied to every string in it; everything else as it is. */
function eachString<T>(value: T, change: (s: string) => string): T {
	if (typeof value === 'string') return change(value) as T;
	if (Array.isArray(value)) return value.map((v) => eachString(v, change)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, v]) => [key, eachString(v, change)])
		) as T;
	}
	return value;
}

/** Every string in `value` converted to Traditional characters; everything else as it is. */
export function traditional<T>(value: T): T {
	return eachString(value, toTraditional);
}

/** Every string in `value` with our words in Taiwan's usage (`TAIWAN_WORDS`). */
function taiwanWords<T>(value: T): T {
	return eachString(value, (s) => s.replace(TAIWAN_WORD, (w) => TAIWAN_WORDS[w]!));
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
				? storyPage(story, extractText(story), zhHans, locator, cards)
				: id === 'zh-Hant'
					? traditionalPage(editionPage('zh-Hans'))
					: storyPage(story, englishText(story), en, locator, cards);
		built.set(id, page);
	}
	return page;
}

const built = new Map<EditionId, StoryPage>();

/** How many cards each step takes on a phone: as many as its longest edition needs. */
const cards = cardCounts(story, [extractText(story), englishText(story)]);

/**
 * The Simplified page converted, our words in Taiwan's usage, its maps drawn again for the
 * Traditional names: labels placed for them, not the Simplified ones converted (their sizes
 * differ, and so could where they fit).
 */
function traditionalPage(simplified: StoryPage): StoryPage {
	const mainland = story.textHant.match(TAIWAN_WORD);
	if (mainland) {
		throw new Error(
			`editions: the article has "${mainland[0]}", which the Traditional page would localise`
		);
	}
	const page = taiwanWords(traditional(simplified));
	const opening = page.charts['locator-map'];
	const city = page.charts['city-map'];
	const maps = placeMapsFor('zh-Hant', locator, { opening: opening.data, city: city.data });
	return {
		...page,
		lang: 'zh-Hant',
		charts: {
			...page.charts,
			'locator-map': { ...opening, data: maps.opening },
			'city-map': { ...city, data: maps.city }
		}
	};
}
