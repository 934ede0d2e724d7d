/** A chart's data table: its text alternative, and its fallback if the chart fails. */
export interface TableData {
	/** The disclosure's label, such as 数据表. */
	label: string;
	caption: string;
	columns: string[];
	rows: (string | number)[][];
}

/** The words of a chart with states: one caption a state, and its table. */
export interface StateText<Captions extends string[]> {
	captions: Captions;
	table: TableData;
}
