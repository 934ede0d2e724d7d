/**
 * An input problem the reader of the error can fix: what is wrong, and where.
 * The CLI prints `message` on one line and exits non-zero; it never shows a stack.
 */
export class ExtractError extends Error {
	override readonly name = 'ExtractError';
	/** Where the problem is: a file, a paragraph, a byte offset. */
	readonly where: string;

	constructor(where: string, problem: string) {
		super(`${where}: ${problem}`);
		this.where = where;
	}
}
