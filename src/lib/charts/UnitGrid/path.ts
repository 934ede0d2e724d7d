import type { MarkGroup } from './types';

/**
 * The marks of a group as one SVG path in grid cells (a cell is 1 × 1): each mark a subpath
 * of no length at its cell's centre (`h0`), which the stroke's cap draws as a dot, round or
 * square (`Marks` gives the stroke the mark's size). One element for 509 marks, made once,
 * not one each; every mark after the first is written relative to the one before (`m1 0`
 * along a row), six bytes a mark. An outline drawn with arcs took 51: compressed, either
 * costs almost nothing, but a browser decodes and parses every byte of a page before its
 * first paint (the stacked embed's 290 KB took about 70 ms at 4x CPU to decode).
 */
export function markPath(group: MarkGroup, columns: number): string {
	if (!Number.isSafeInteger(group.count) || group.count < 0) {
		throw new Error(
			`unit grid: group "${group.key}" needs a whole count of marks, not ${group.count}`
		);
	}
	if (!Number.isSafeInteger(columns) || columns < 1) {
		throw new Error(`unit grid: a grid needs a whole number of columns, not ${columns}`);
	}
	if (group.count === 0) return '';
	const parts = [`M0.5 ${group.top + 0.5}h0`];
	for (let i = 1; i < group.count; i++) {
		parts.push(i % columns === 0 ? `m${1 - columns} 1h0` : 'm1 0h0');
	}
	return parts.join('');
}
