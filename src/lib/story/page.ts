import { CHAPTER_IDS, type ChapterId } from '$lib/extract/chapters';
import type { Story, StoryFigure } from '$lib/extract/schema';
import type { EditionId } from '$lib/editions';
import type { Content } from '$lib/content/types';
import { cited } from '$lib/content/cited';
import {
	areasOverview,
	peopleUnits,
	povertyUnits,
	projectTiles,
	type AreaRow,
	type ProjectTiles
} from '$lib/charts/data';
import { groupChart, type GroupChartView } from '$lib/charts/groups';
import { CHART_IDS, CHARTS, type ChartId } from '$lib/charts/ids';
import type { StateText, TableData } from '$lib/charts/types';
import type { ChapterShare, EmbedLink } from '$lib/share/types';
import { editionLocator } from '$lib/map/edition';
import {
	VIEW_IDS,
	viewNames,
	type ArrowsView,
	type EditionLocator,
	type Locator,
	type ViewId
} from '$lib/map/views';
import { storyChapters, type ChapterView, type EditionText } from './view';

/** A chart's data, the words of each of its states, its table, and the step it turns at. */
interface ChartPart<Data, Captions extends string[]> {
	data: Data;
	text: { captions: Captions; table: TableData };
	step: number;
}

export interface GroupChartPart {
	chart: GroupChartView;
	text: {
		/** The caption with n groups shown, at index n. */
		captions: string[];
		/** Each group's count of items, as the heading shows it. */
		counts: string[];
		table: TableData;
	};
}

/** Everything one edition of the story page shows, built at prerender time. */
export interface StoryPage {
	lang: EditionId;
	title: string[];
	description: string;
	ui: {
		kicker: string;
		dek: string;
		byline: string | null;
		credits: string[];
		source: string;
		skipToStory: string;
		skipToMenu: string;
		menu: { menu: string; navigation: string; current: string };
		languages: string;
		colon: string;
		headingJoin: string;
		graphicNote: string;
		overviewHeading: string;
		methodHeading: string;
		method: string;
		downloads: { label: string; story: string; figures: string; map: string };
		share: Omit<Content['share'], 'label' | 'qrAlt'>;
		/** The embed panel's words, with the copy control's. */
		embed: Omit<Content['embed'], 'frameTitle'> & Pick<Content['share'], 'copied' | 'copyFailed'>;
	};
	/** What can be embedded: the story and each chart, with the frame's title. */
	embeds: { chart: ChartId | null; label: string; frameTitle: string }[];
	glossary: Content['glossary'];
	chapters: (ChapterView & {
		areaLabel: string | null;
		/** The chapter's name as a sentence: the share page's title, and share labels. */
		title: string;
		share: { label: string; qrAlt: string };
	})[];
	map: {
		introViews: ViewId[];
		descriptions: Record<ViewId, string>;
		/**
		 * The city map's arrows: their note (its caption), the map's text alternative with them,
		 * and their drawing, placed with its words where the page is built.
		 */
		arrows: { note: string; description: string; drawing: ArrowsView };
		townships: { heading: string; names: string[]; join: string };
		credit: string;
		/** The map's frames and this edition's labels, as projected by `npm run geo`. */
		locator: Pick<EditionLocator, 'views'>;
	};
	charts: {
		/** The overview of the eight areas: no states, it is the same at every step. */
		overview: { data: { rows: AreaRow[] }; text: StateText<[string]> };
		poverty: ChartPart<ReturnType<typeof povertyUnits>, [string, string, string]>;
		projects: ChartPart<ProjectTiles & { headings: [string, string] }, [string, string]>;
		people: ChartPart<ReturnType<typeof peopleUnits>, [string, string]>;
		/** The structure charts, by the chapter they belong to. */
		groups: Partial<Record<ChapterId, GroupChartPart>>;
	};
}

/**
 * What the page around the islands shows (the headline, each chapter's heading, the menu, the
 * credits), and no more: the page carries it a second time, for hydration. The chapters'
 * bodies, where most of the words and every graphic are, are islands: the browser fetches
 * their data (`StoryIslandData`) from a file beside the page.
 */
export interface StoryShell {
	lang: EditionId;
	title: string[];
	description: string;
	ui: Omit<StoryPage['ui'], 'share' | 'embed' | 'graphicNote' | 'overviewHeading'>;
	glossary: StoryPage['glossary'];
	chapters: Pick<
		StoryPage['chapters'][number],
		'id' | 'number' | 'areaLabel' | 'heading' | 'menu'
	>[];
	map: Pick<StoryPage['map'], 'credit'>;
}

export function storyShell(page: StoryPage): StoryShell {
	const { share, embed, graphicNote, overviewHeading, ...ui } = page.ui;
	return {
		lang: page.lang,
		title: page.title,
		description: page.description,
		ui,
		glossary: page.glossary,
		chapters: page.chapters.map(({ id, number, areaLabel, heading, menu }) => ({
			id,
			number,
			areaLabel,
			heading,
			menu
		})),
		map: { credit: page.map.credit }
	};
}

/** What the story's islands wake with: the whole page, how each chapter is shared, what can be embedded. */
export interface StoryIslandData {
	page: StoryPage;
	shares: Record<string, ChapterShare>;
	embeds: EmbedLink[];
	/** The map's file, relative to the page (see `relativeTo`). */
	mapHref: string;
}

/**
 * What a chapter's graphic is drawn from (`ChapterGraphic`): the story's whole page, or only
 * the part one chart needs (`oneChart`), so that a one-chart embed carries no more.
 */
export interface GraphicData {
	lang: EditionId;
	ui: Pick<StoryPage['ui'], 'graphicNote'>;
	/** Without the arrows where only the opening's map is drawn. */
	map?: Omit<StoryPage['map'], 'arrows'> & Partial<Pick<StoryPage['map'], 'arrows'>>;
	charts: Partial<StoryPage['charts']>;
}

/** A page's map without its drawing: the words, which do not depend on where labels go. */
export type MapText = Omit<StoryPage['map'], 'locator' | 'arrows'> & {
	arrows: Omit<StoryPage['map']['arrows'], 'drawing'>;
};

/** `map` with its drawing as placed for one edition's names (`editionLocator`). */
export function placedMap(map: MapText, placed: EditionLocator): StoryPage['map'] {
	return {
		...map,
		arrows: { ...map.arrows, drawing: placed.arrows },
		locator: { views: placed.views }
	};
}

/** The part of `page` that draws `chart`, and no more. */
export function oneChart(page: StoryPage, chart: ChartId): GraphicData {
	const { lang, ui, map, charts } = page;
	const base = { lang, ui: { graphicNote: ui.graphicNote } };
	const chapter = CHARTS[chart];
	switch (chart) {
		case 'locator-map': {
			const { arrows, ...opening } = map;
			return { ...base, map: opening, charts: {} };
		}
		case 'areas-overview':
			return { ...base, charts: { overview: charts.overview } };
		case 'poverty-units':
			return { ...base, charts: { poverty: charts.poverty } };
		case 'project-tiles':
			return { ...base, charts: { projects: charts.projects } };
		case 'people-units':
			return { ...base, charts: { people: charts.people } };
		default: {
			const group = charts.groups[chapter];
			if (group?.chart.id !== chart) throw new Error(`page: no chart "${chart}" in ${chapter}`);
			return { ...base, charts: { groups: { [chapter]: group } } };
		}
	}
}

function citedFigure(story: Story, id: string): StoryFigure {
	const figure = story.figures.find((f) => f.id === id);
	if (!figure) throw new Error(`content: no figure "${id}" in story.json`);
	return figure;
}

/** The step of a chapter that states a figure; the build fails if the chapter does not. */
function figureStep(chapters: ChapterView[], chapter: ChapterId, figure: string): number {
	const step = chapters.find((c) => c.id === chapter)?.figureSteps[figure];
	if (step === undefined || step < 0) {
		throw new Error(`content: chapter ${chapter} does not state figure "${figure}"`);
	}
	return step;
}

function chapterText(chapters: ChapterView[], id: ChapterId): string {
	return (
		chapters
			.find((c) => c.id === id)
			?.steps.map((s) => s.text)
			.join(' ') ?? ''
	);
}

/**
 * Words of an edition that stand for the extract's list items: as many as the list has,
 * each in the chapter's text in that edition.
 */
function checkedWords(
	words: string[][],
	lists: string[][],
	text: string,
	what: string
): string[][] {
	return words.map((list, i) => {
		if (list.length !== lists[i]?.length) {
			throw new Error(
				`content: ${what} ${i + 1} has ${lists[i]?.length} items, its words ${list.length}`
			);
		}
		for (const word of list) {
			if (!text.includes(word))
				throw new Error(`content: ${what} word "${word}" is not in the text`);
		}
		return list;
	});
}

/** A group chart's captions by how many groups are shown, and its table. */
function groupChartPart(chart: GroupChartView, content: Content): GroupChartPart {
	const c = content.charts;
	const all = [...chart.groups, ...(chart.result ? [chart.result] : [])];
	return {
		chart,
		text: {
			captions: Array.from({ length: all.length + 1 }, (_, n) =>
				c.groups.caption(
					[...all]
						.sort((a, b) => a.step - b.step)
						.slice(0, n)
						.sort((a, b) => all.indexOf(a) - all.indexOf(b))
						.map((g) => g.label),
					all.length
				)
			),
			counts: chart.groups.map((g) => c.groups.count(g.items.length)),
			table: {
				label: c.tableLabel,
				caption: c.groups.tableCaption,
				columns: c.groups.columns,
				rows: all.map((g) => [g.label, g.items.join(content.punctuation.list)])
			}
		}
	};
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
	locator: Locator
): StoryPage {
	const c = content.charts;
	const table = (caption: string, columns: string[], rows: (string | number)[][]): TableData => ({
		label: c.tableLabel,
		caption,
		columns,
		rows
	});
	const chapters = storyChapters(story, edition, content.chapters, CHAPTER_IDS);
	const city = chapterText(chapters, 'city');
	for (const word of Object.values(content.map.arrows)) {
		if (!city.includes(word))
			throw new Error(`content: the map's word "${word}" is not in the city chapter`);
	}
	const year = citedFigure(story, cited.title.year);
	const eight = citedFigure(story, cited.title.eight);
	const total = chapters.filter((ch) => ch.number !== null).length;
	const headline = content.title(year, eight).join('');

	const poverty = povertyUnits(story, cited.poverty);
	const extractProjects = projectTiles(story, cited.projects);
	const projectWords = c.projects.words;
	const [batch, pace] = projectWords
		? checkedWords(
				[projectWords.batch, projectWords.pace],
				[extractProjects.batch, extractProjects.pace],
				chapterText(chapters, 'projects'),
				'project stage list'
			)
		: [extractProjects.batch, extractProjects.pace];
	const projects = { ...extractProjects, batch: batch!, pace: pace! };
	const areas = areasOverview(chapters);
	const people = peopleUnits(story, cited.population, cited.perMark);
	const name = (zh: string) => content.map.placeName(zh);
	const fenxi = name(viewNames(locator, 'fenxi').highlight);

	return {
		lang: content.lang,
		title: content.title(year, eight),
		description: content.description(year, eight),
		ui: {
			kicker: content.kicker,
			dek: content.dek(year),
			byline: story.credits.reporter ? content.credit('reporter', story.credits.reporter) : null,
			credits: [
				...(story.credits.reporter ? [content.credit('reporter', story.credits.reporter)] : []),
				...(story.credits.editor ? [content.credit('editor', story.credits.editor)] : [])
			],
			source: content.source(
				citedFigure(story, cited.published.month),
				citedFigure(story, cited.published.year)
			),
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
			overviewHeading: content.overviewHeading(eight),
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
				read: content.share.read
			},
			embed: {
				heading: content.embed.heading,
				note: content.embed.note,
				story: content.embed.story,
				pym: content.embed.pym,
				iframe: content.embed.iframe,
				copy: content.embed.copy,
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
				const menu = chapters.find((ch) => ch.id === CHARTS[chart])!.menu;
				const label = `${menu} (${chart})`;
				return { chart, label, frameTitle: content.embed.frameTitle(headline, label) };
			})
		],
		map: placedMap(
			{
				introViews: [...cited.introViews],
				descriptions: Object.fromEntries(
					VIEW_IDS.map((view) => {
						const { highlight, others } = viewNames(locator, view);
						return [view, content.map.describe[view](name(highlight), others.map(name))];
					})
				) as Record<ViewId, string>,
				arrows: {
					note: content.map.arrowsNote,
					description: content.map.describeArrows(fenxi)
				},
				townships: {
					heading: content.map.townships(locator.townships.length),
					names: locator.townships.map((t) => name(t.name)),
					join: content.punctuation.list
				},
				credit: content.map.credit
			},
			editionLocator(locator, content.lang, content.map.arrows)
		),
		charts: {
			overview: {
				data: { rows: areas },
				text: {
					captions: [c.overview.caption],
					table: table(
						c.overview.tableCaption,
						c.overview.columns,
						areas.map((a) => [
							`${a.number} ${a.first}${content.punctuation.heading}${a.second}`,
							a.anchor.parts.map((p) => p.text).join('')
						])
					)
				}
			},
			poverty: {
				data: poverty,
				text: {
					captions: c.poverty.captions(poverty),
					table: table(c.poverty.tableCaption, c.poverty.columns, c.poverty.rows(poverty))
				},
				step: figureStep(chapters, 'poverty', cited.poverty.households)
			},
			projects: {
				data: { ...projects, headings: c.projects.headings(projects) },
				text: {
					captions: c.projects.captions(projects),
					table: table(c.projects.tableCaption, c.projects.columns, c.projects.rows(projects))
				},
				step: figureStep(chapters, 'projects', cited.projects.tiles)
			},
			people: {
				data: people,
				text: {
					captions: c.people.captions(people),
					table: table(c.people.tableCaption, c.people.columns, c.people.rows(people))
				},
				step: figureStep(chapters, 'outlook', cited.population)
			},
			groups: Object.fromEntries(
				Object.entries(content.groupCharts).map(([id, spec]) => [
					id,
					groupChartPart(
						groupChart(
							chapters.find((ch) => ch.id === id)!,
							spec
						),
						content
					)
				])
			)
		}
	};
}
