import { CHART_IDS, CHARTS, type ChartParts } from '$lib/charts/registry';
import type { ChartPart, CommonChartWords } from '$lib/charts/types';
import type { Content } from '$lib/content/types';
import { CHAPTER_IDS } from '$lib/extract/chapters';
import { figureById } from '$lib/extract/lookup';
import type { Story } from '$lib/extract/schema';
import type { Locator } from '$lib/map/views';
import type { EditionText } from '$lib/translation/text';
import { storyChapters } from './chapters';
import type { ChapterView, StoryPage } from './types';

/** What the page cites of the extract itself: the headline's year and count of areas. */
const CITES = {
	year: 'framework-2020',
	areas: 'framework-8',
	/** When the article was published: its opening is dated by its month (五月的汾西大地). */
	month: 'intro-5'
};

/** Every chart's part of one edition's page, each built by its entry from the chapters. */
function chartParts(
	story: Story,
	lang: Content['lang'],
	chapters: ChapterView[],
	content: Content,
	locator: Locator
): ChartParts {
	const common: CommonChartWords = {
		tableLabel: content.charts.tableLabel,
		punctuation: content.punctuation,
		placeName: content.map.placeName,
		groups: content.charts.groups
	};
	return Object.fromEntries(
		CHART_IDS.map((id) => {
			const entry = CHARTS[id];
			const chapter = chapters.find((c) => c.id === entry.chapter)!;
			const source = { id, lang, story, chapter, chapters, locator, common };
			// Each entry's build takes its own words: the dictionary's, by the same id.
			const build = entry.build as (s: typeof source & { words: unknown }) => ChartPart<unknown>;
			const part = build({ ...source, words: content.charts[id] });
			// Every chart is also an image (`npm run images`), offered beside its table.
			const image = { label: content.charts.imageLabel, edition: lang, chart: id };
			return [id, { ...part, text: { ...part.text, table: { ...part.text.table, image } } }];
		})
	) as ChartParts;
}

/**
 * One edition of the story page: the extract's numbers, the edition's article text and
 * our words in its language. Every number is looked up in the extract and every quoted
 * word in the text; a missing one fails the build with what and where.
 */
export function storyPage(
	story: Story,
	edition: EditionText,
	content: Content,
	locator: Locator,
	cards?: ReadonlyMap<number, number>
): StoryPage {
	const chapters = storyChapters(story, edition, content.chapters, CHAPTER_IDS, cards);
	const cited = (id: string) => figureById(story, id, 'page');
	const [year, eight, month] = [cited(CITES.year), cited(CITES.areas), cited(CITES.month)];
	const total = chapters.filter((ch) => ch.number !== null).length;
	const headline = content.title(year, eight).join('');

	return {
		lang: content.lang,
		title: content.title(year, eight),
		description: content.description(year, eight),
		provider: content.embed.provider,
		original: { year: year.value, month: month.value },
		ui: {
			kicker: content.kicker,
			dek: content.dek(year),
			byline: story.credits.reporter ? content.credit('reporter', story.credits.reporter) : null,
			credits: [
				...(story.credits.reporter ? [content.credit('reporter', story.credits.reporter)] : []),
				...(story.credits.editor ? [content.credit('editor', story.credits.editor)] : [])
			],
			source: content.source(month, year),
			skipToStory: content.skipToStory,
			skipToMenu: content.skipToMenu,
			menu: {
				menu: content.menu,
				navigation: content.menuLabel,
				current: content.currentChapter
			},
			languages: content.languages,
			colon: content.punctuation.colon,
			headingJoin: content.punctuation.heading,
			graphicNote: content.graphicNote,
			methodHeading: content.methodHeading,
			method: content.method({
				pinyin: story.cleaning.pinyinAnnotations,
				commas: story.cleaning.strayCommas,
				widened: story.cleaning.fullWidthPunctuation,
				whitespace: story.cleaning.whitespace,
				paragraphs: story.paragraphs.length,
				areas: story.areas.length,
				amounts: story.figures.filter((f) => f.role === 'amount').length,
				names: story.figures.filter((f) => f.role === 'name').length,
				lists: story.enumerations.length
			}),
			share: {
				link: content.share.link,
				copy: content.share.copy,
				copied: content.share.copied,
				copyFailed: content.share.copyFailed,
				system: content.share.system,
				weibo: content.share.weibo,
				wechat: content.share.wechat,
				longImage: content.share.longImage,
				scanToRead: content.share.scanToRead,
				read: content.share.read
			},
			embed: {
				heading: content.embed.heading,
				note: content.embed.note,
				story: content.embed.story,
				pym: content.embed.pym,
				iframe: content.embed.iframe,
				copy: content.embed.copy,
				options: content.embed.options,
				copied: content.share.copied,
				copyFailed: content.share.copyFailed
			},
			downloads: {
				label: content.downloads,
				story: content.downloadStory,
				figures: content.downloadFigures,
				map: content.downloadMap
			}
		},
		glossary: content.glossary,
		chapters: chapters.map((ch) => {
			const title =
				'text' in ch.heading
					? ch.heading.text
					: `${ch.heading.first}${content.punctuation.heading}${ch.heading.second}`;
			return {
				...ch,
				areaLabel: ch.number === null ? null : content.areaLabel(ch.number, total),
				title,
				share: { label: content.share.label(ch.menu), qrAlt: content.share.qrAlt(ch.menu) }
			};
		}),
		embeds: [
			{
				chart: null,
				label: content.embed.story,
				frameTitle: content.embed.frameTitle(headline, content.embed.story)
			},
			...CHART_IDS.map((chart) => {
				const menu = chapters.find((ch) => ch.id === CHARTS[chart].chapter)!.menu;
				const label = `${menu} (${chart})`;
				return { chart, label, frameTitle: content.embed.frameTitle(headline, label) };
			})
		],
		map: { credit: content.map.credit },
		charts: chartParts(story, content.lang, chapters, content, locator)
	};
}
