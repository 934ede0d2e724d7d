/**
 * npm run extract -- [--in <raw article>] [--out <story.json>] [--csv <figures.csv>] [--expect-areas N]
 *
 * Turns the scraped article into the story extract and a CSV of its figures. Bad input
 * gets one line on stderr and exit code 1; nothing is written unless everything succeeds.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ExtractError } from '../src/lib/extract/errors';
import { extractStory } from '../src/lib/extract/extract';
import { figuresToCsv, storyToJson } from '../src/lib/extract/serialize';

function fail(message: string): never {
	process.stderr.write(`extract: ${message}\n`);
	process.exit(1);
}

function main(): void {
	let args;
	try {
		args = parseArgs({
			options: {
				in: { type: 'string', default: 'data/source/article.raw.txt' },
				out: { type: 'string', default: 'static/data/story.json' },
				csv: { type: 'string' },
				'expect-areas': { type: 'string', default: '8' }
			},
			strict: true
		}).values;
	} catch (error) {
		fail((error as Error).message);
	}
	const expectAreas = Number(args['expect-areas']);
	if (!Number.isInteger(expectAreas) || expectAreas < 1) {
		fail(`--expect-areas: "${args['expect-areas']}" is not a whole number of at least 1`);
	}
	const input = args.in;
	const out = args.out;
	const csv = args.csv ?? join(dirname(out), 'figures.csv');
	if (!existsSync(input)) fail(`${input}: no such file`);

	let json: string;
	let table: string;
	try {
		const story = extractStory(readFileSync(input), {
			sourcePath: relative(process.cwd(), input).split('\\').join('/'),
			expectAreas
		});
		json = storyToJson(story);
		table = figuresToCsv(story);
	} catch (error) {
		if (error instanceof ExtractError) fail(error.message);
		fail(`internal error: ${(error as Error).message}`);
	}
	if (!existsSync(dirname(out))) fail(`${dirname(out)}: no such folder for --out`);
	if (!existsSync(dirname(csv))) fail(`${dirname(csv)}: no such folder for --csv`);
	// Write both beside their targets, then rename: a reader never sees half a file.
	writeFileSync(`${out}.tmp`, json);
	writeFileSync(`${csv}.tmp`, table);
	renameSync(`${out}.tmp`, out);
	renameSync(`${csv}.tmp`, csv);
	process.stdout.write(`extract: wrote ${out} and ${csv}\n`);
}

main();
