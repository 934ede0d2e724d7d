import type { MarkGroup } from './types';

/** Three decimals are enough at any size a grid is drawn, and keep the path short. */
const round = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The marks of a group as one SVG path in grid cells (a cell is 1 × 1), each mark centred
 * in its cell with the given radius: one element for 509 marks, made once, not one each.
 * Every mark after the first is written relative to the one before (`m1 0` along a row): a
 * mark's shape ends where it began, so the path repeats itself and the prerendered page
 * compresses it to almost nothing, where marks written out absolutely do not compress.
 */
export function markPath(group: MarkGroup, columns: number, radius: number): string {
	if (!Number.isSafeInteger(group.count) || group.count < 0) {
		throw new Error(
			`unit grid: group "${group.key}" needs a whole count of marks, not ${group.count}`
		);
	}
	if (!Number.isSafeInteger(columns) || columns < 1) {
		throw new Error(`unit grid: a grid needs a whole number of columns, not ${columns}`);
	}
	if (group.count === 0) return '';
	const r = round(radius);
	const d = round(2 * radius);
	const circle = group.kind === 'circle';
	// Drawn from the mark's left edge (a circle) or top-left corner (a square), and back to it.
	const shape = circle ? `a${r} ${r} 0 1 0 ${d} 0a${r} ${r} 0 1 0 -${d} 0` : `h${d}v${d}h-${d}z`;
	const top = group.top + 0.5 - (circle ? 0 : radius);
	const parts = [`M${round(0.5 - radius)} ${round(top)}`, shape];
	for (let i = 1; i < group.count; i++) {
		parts.push(i % columns === 0 ? `m${1 - columns} 1` : 'm1 0', shape);
	}
	return parts.join('');
}
