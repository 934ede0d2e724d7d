import type { MarkGroup } from './types';

/** Three decimals are enough at any size a grid is drawn, and keep the path short. */
const round = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The marks of a group as one SVG path in grid cells (a cell is 1 × 1), each mark centred
 * in its cell with the given radius: one element for 509 marks, made once, not one each.
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
	const r = round(radius);
	const d = round(2 * radius);
	const parts: string[] = [];
	for (let i = 0; i < group.count; i++) {
		const x = (i % columns) + 0.5;
		const y = group.top + Math.floor(i / columns) + 0.5;
		parts.push(
			group.kind === 'circle'
				? `M${round(x - radius)} ${round(y)}a${r} ${r} 0 1 0 ${d} 0a${r} ${r} 0 1 0 -${d} 0`
				: `M${round(x - radius)} ${round(y - radius)}h${d}v${d}h-${d}z`
		);
	}
	return parts.join('');
}
