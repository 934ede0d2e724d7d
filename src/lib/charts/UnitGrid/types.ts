/** One mark of a unit chart, in grid cells (x: column + 0.5, y: row + 0.5). */
export interface Mark {
	key: string;
	x: number;
	y: number;
	kind: 'circle' | 'square';
	/** Drawn smaller than one cell (packed into a share), 1 by default. */
	scale?: number;
	hidden?: boolean;
}
