import type { Story } from './schema';

/** The story as the JSON file holds it: tab indent, a final newline, stable key order. */
export function storyToJson(story: Story): string {
	return `${JSON.stringify(story, null, '\t')}\n`;
}

function csvField(value: string | number | null): string {
	const s = value === null ? '' : String(value);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const FIGURE_COLUMNS = [
	'id',
	'value',
	'unit',
	'kind',
	'role',
	'source',
	'term',
	'paragraph',
	'chapter',
	'start',
	'end'
] as const;

/** The figures as RFC 4180 CSV (CRLF line ends), one row a figure, in text order. */
export function figuresToCsv(story: Story): string {
	const rows = story.figures.map((f) => FIGURE_COLUMNS.map((c) => csvField(f[c])).join(','));
	return [FIGURE_COLUMNS.join(','), ...rows].map((r) => `${r}\r\n`).join('');
}
