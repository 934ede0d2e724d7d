import type { ArticleView } from '$lib/article/view';

type Figures = ArticleView['figures'];

/** Extract figures that our own words cite: the page fails to build if one goes missing. */
export const CITED_FIGURES = ['framework-2020', 'framework-8'] as const;

function cite(figures: Figures, id: (typeof CITED_FIGURES)[number]): string {
	const figure = figures[id];
	if (!figure) throw new Error(`content: figure "${id}" was not loaded`);
	return figure.source;
}

/**
 * Our own editorial words for the Simplified Chinese page. Article text never lives here;
 * figures are cited from the extract by id, never typed.
 */
export const zhHans = {
	title: (f: Figures) =>
		`汾西县${cite(f, 'framework-2020')}：全力以赴抓好${cite(f, 'framework-8')}方面的工作`,
	kicker: '访谈',
	dek: '汾西县委书记任天顺谈县里今年的工作重点',
	description: (f: Figures) =>
		`汾西县委书记任天顺接受采访，谈${cite(f, 'framework-2020')}汾西县聚焦的${cite(f, 'framework-8')}方面工作。`,
	reporter: '记者',
	editor: '责任编辑',
	source: '原文：临汾新闻网',
	areaLabel: (n: number, total: number) => `第${n}项，共${total}项`,
	methodHeading: '方法与数据',
	method: (v: ArticleView) =>
		`本页正文取自抓取的原文。原文经过简繁逐字转换，字后夹有拼音，标点混乱。我们用程序清理：删去拼音注音 ${v.cleaning.pinyinAnnotations} 处、多余的逗号 ${v.cleaning.strayCommas} 处，将 ${v.cleaning.fullWidthPunctuation} 个半角标点改为全角，整理空白 ${v.cleaning.whitespace} 处，再用 OpenCC 还原为简体。程序从 ${v.counts.paragraphs} 段文字中找出 ${v.counts.areas} 个重点方面、${v.counts.figures} 个数字和 ${v.counts.enumerations} 组并列列举。`,
	downloads: '下载数据：',
	downloadStory: '全文与标注（JSON）',
	downloadFigures: '数字表（CSV）'
} as const;
