import type {
	NewsArticle,
	NewsMediaOrganization,
	Organization,
	QuantitativeValue,
	WithContext
} from 'schema-dts';
import type { EditionId } from '$lib/editions';
import type { StoryPage } from '$lib/model/types';
import { editionUrl } from '$lib/urls';
import { PUBLICATION } from './publication';
import { story } from './story';
import { SHARE_IMAGE_SIZE, shareImageUrl } from './share';

/**
 * The original article's publisher, as its dateline names it (临汾新闻网讯: "Linfen News
 * Network reports"): the extract's text opens with it, which a unit test checks.
 */
export const ORIGINAL_PUBLISHER = { name: '临汾新闻网', alternateName: 'Linfen News Network' };

/** A length in pixels (UN/CEFACT's code for a pixel is E37). */
const pixels = (value: number): QuantitativeValue => ({
	'@type': 'QuantitativeValue',
	value,
	unitCode: 'E37'
});

/**
 * A story page's schema.org `NewsArticle`, for search engines and news aggregators: our
 * piece, which is based on the Linfen News article of May 2020 (its month and year, its
 * reporter and editor as the extract has them). The English edition credits its
 * translation to us; the Traditional one is the same text in other characters.
 */
export function storyArticle(
	page: StoryPage,
	edition: EditionId,
	here: URL
): WithContext<NewsArticle> {
	const url = editionUrl(edition, here);
	const us: Organization = {
		'@type': 'Organization',
		name: page.provider,
		url,
		logo: { '@type': 'ImageObject', url: shareImageUrl(edition, 'logo', here) }
	};
	const { year, month } = page.original;
	const { reporter, editor } = story.credits;
	const publisher: NewsMediaOrganization = {
		'@type': 'NewsMediaOrganization',
		...ORIGINAL_PUBLISHER
	};
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: page.title.join(''),
		description: page.description,
		inLanguage: page.lang,
		url,
		mainEntityOfPage: url,
		image: {
			'@type': 'ImageObject',
			url: shareImageUrl(edition, 'story', here),
			width: pixels(SHARE_IMAGE_SIZE.width),
			height: pixels(SHARE_IMAGE_SIZE.height)
		},
		datePublished: PUBLICATION.published,
		dateModified: PUBLICATION.modified,
		author: us,
		publisher: us,
		...(page.lang === 'en' ? { translator: us } : {}),
		isBasedOn: {
			'@type': 'NewsArticle',
			inLanguage: 'zh-Hans',
			datePublished: `${year}-${String(month).padStart(2, '0')}`,
			publisher,
			...(reporter ? { author: { '@type': 'Person', name: reporter } } : {}),
			...(editor ? { editor: { '@type': 'Person', name: editor } } : {})
		}
	};
}
