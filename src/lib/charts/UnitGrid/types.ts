/**
 * A block of marks in a unit chart, drawn as one shape and moved as one (the people, the
 * households): marks fill rows of the grid's columns, left to right, top to bottom.
 */
export interface MarkGroup {
	key: string;
	/** How many marks: a whole number. */
	count: number;
	kind: 'circle' | 'square';
	/** The grid row the group's first mark is on. */
	top: number;
	hidden?: boolean;
	/** Where the group is moved, whole: its top-left corner in grid cells, and its scale. */
	place?: { x: number; y: number; scale: number };
}
