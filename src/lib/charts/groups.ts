import type { ChapterView } from '$lib/story/view';

/** An editorial grouping of the article's own items: our label, its words. */
export interface GroupSpec {
	label: string;
	/** Items named by their exact text in the chapter. */
	items: readonly string[];
}

export interface GroupChartSpec {
	/** The chart's stable id. */
	id: string;
	/** groups side by side; tree: groups hang from a root; flow: groups lead to a result. */
	layout: 'groups' | 'tree' | 'flow';
	/** The tree's root, in our words. */
	root?: string;
	groups: readonly GroupSpec[];
	/** What one of the groups leads to (flow), and the label of that group. */
	result?: GroupSpec & { from: string };
}

export interface Group {
	label: string;
	items: string[];
	/** The step whose text first names one of the items: the group appears then. */
	step: number;
}

export interface GroupChartView {
	id: string;
	layout: GroupChartSpec['layout'];
	root: string | null;
	groups: Group[];
	/** The result, under the group it comes from. */
	result: (Group & { from: string }) | null;
}

/** The group a flow's result comes from: it must be one of the chart's groups. */
function resultSource(spec: GroupChartSpec): string {
	const from = spec.result!.from;
	if (!spec.groups.some((g) => g.label === from)) {
		throw new Error(`chart ${spec.id}: the result comes from "${from}", which is no group`);
	}
	return from;
}

/**
 * A group chart's data: every item must stand verbatim in its chapter's text (the build
 * fails naming it otherwise), and each group appears with the first step that names it.
 */
export function groupChart(chapter: ChapterView, spec: GroupChartSpec): GroupChartView {
	const group = (g: GroupSpec): Group => {
		if (g.items.length === 0) throw new Error(`chart ${spec.id}: group "${g.label}" has no items`);
		const steps = g.items.map((item) => {
			const step = chapter.steps.findIndex((s) => s.text.includes(item));
			if (step < 0) {
				throw new Error(`chart ${spec.id}: "${item}" is not in the text of chapter ${chapter.id}`);
			}
			return step;
		});
		return { label: g.label, items: [...g.items], step: Math.min(...steps) };
	};
	return {
		id: spec.id,
		layout: spec.layout,
		root: spec.root ?? null,
		groups: spec.groups.map(group),
		result: spec.result ? { ...group(spec.result), from: resultSource(spec) } : null
	};
}
