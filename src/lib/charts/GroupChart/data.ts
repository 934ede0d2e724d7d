import { stepText, table, type ChartChapter, type ChartPart, type ChartSource } from '../types';

/** An editorial grouping of the article's own items: our label, its words. */
export interface GroupSpec {
	label: string;
	/** Items named by their exact text in the chapter. */
	items: readonly string[];
}

/** A structure chart in an edition's words: our groups of the article's items. */
export interface GroupChartSpec {
	/** groups side by side; tree: groups hang from a root; flow: groups lead to a result. */
	layout: 'groups' | 'tree' | 'flow';
	/** The tree's root, in our words. */
	root?: string;
	groups: readonly GroupSpec[];
	/** What one of the groups leads to (flow), and the label of that group. */
	result?: GroupSpec & { from: string };
}

/** The words every structure chart shares, in an edition. */
export interface GroupWords {
	/** The caption with `shown` groups (their labels) of `total`. */
	caption: (shown: string[], total: number) => string;
	/** A group's count of items, as its heading shows it. */
	count: (n: number) => string;
	tableCaption: string;
	columns: [string, string];
}

export interface Group {
	label: string;
	items: string[];
	/** The step whose text first names one of the items: the group appears then. */
	step: number;
}

export interface GroupChartData {
	layout: GroupChartSpec['layout'];
	root: string | null;
	groups: Group[];
	/** The result, under the group it comes from. */
	result: (Group & { from: string }) | null;
	/** Each group's count of items, as its heading shows it. */
	counts: string[];
}

/** The group a flow's result comes from: it must be one of the chart's groups. */
function resultSource(spec: GroupChartSpec, where: string): string {
	const from = spec.result!.from;
	if (!spec.groups.some((g) => g.label === from)) {
		throw new Error(`${where}: the result comes from "${from}", which is no group`);
	}
	return from;
}

/**
 * A group chart's groups: every item must stand verbatim in its chapter's text (the build
 * fails naming it otherwise), and each group appears with the first step that names it.
 */
export function groupChart(
	chapter: ChartChapter,
	lang: string,
	spec: GroupChartSpec,
	where: string
): Omit<GroupChartData, 'counts'> {
	const group = (g: GroupSpec): Group => {
		if (g.items.length === 0) throw new Error(`${where}: group "${g.label}" has no items`);
		const steps = g.items.map((item) => {
			const step = chapter.steps.findIndex((s) => stepText(s, lang).includes(item));
			if (step < 0) {
				throw new Error(`${where}: "${item}" is not in the text of chapter ${chapter.id}`);
			}
			return step;
		});
		return { label: g.label, items: [...g.items], step: Math.min(...steps) };
	};
	return {
		layout: spec.layout,
		root: spec.root ?? null,
		groups: spec.groups.map(group),
		result: spec.result ? { ...group(spec.result), from: resultSource(spec, where) } : null
	};
}

/** Every group of a chart, its result last. */
export const allGroups = (d: Pick<GroupChartData, 'groups' | 'result'>): Group[] => [
	...d.groups,
	...(d.result ? [d.result] : [])
];

/** How many groups are shown at `active`: those whose step has come. */
export const shownGroups = (d: GroupChartData, active: number): number =>
	allGroups(d).filter((g) => g.step <= active).length;

/** A structure chart's part: its groups, a caption for each count of groups shown, a table. */
export function buildGroupChart(source: ChartSource<GroupChartSpec>): ChartPart<GroupChartData> {
	const { groups: words, punctuation } = source.common;
	const chart = groupChart(source.chapter, source.lang, source.words, `chart ${source.id}`);
	const all = allGroups(chart);
	// The caption with n groups shown names the n that come first, in the chart's order.
	const byStep = [...all].sort((a, b) => a.step - b.step);
	return {
		data: { ...chart, counts: chart.groups.map((g) => words.count(g.items.length)) },
		text: {
			captions: Array.from({ length: all.length + 1 }, (_, n) =>
				words.caption(
					all.filter((g) => byStep.indexOf(g) < n).map((g) => g.label),
					all.length
				)
			),
			table: table(
				source.common,
				words.tableCaption,
				words.columns,
				all.map((g) => [g.label, g.items.join(punctuation.list)])
			)
		}
	};
}
