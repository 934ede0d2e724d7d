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
	/** What the groups lead to (flow). */
	result?: GroupSpec;
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
	result: Group | null;
}

/**
 * A group chart's data: every item must stand verbatim in its chapter's text (the build
 * fails naming it otherwise), and each group appears with the first step that names it.
 */
export function groupChart(chapter: ChapterView, spec: GroupChartSpec): GroupChartView {
	const group = (g: GroupSpec): Group => {
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
		result: spec.result ? group(spec.result) : null
	};
}
