import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RAW = readFileSync('data/source/article.raw.txt');

function run(args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
		encoding: 'utf8'
	});
	return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

/** A temporary folder with an input file and an existing output file to protect. */
function fixture(input: Uint8Array | string | null) {
	const dir = mkdtempSync(join(tmpdir(), 'extract-'));
	const inPath = join(dir, 'in.txt');
	const outPath = join(dir, 'story.json');
	if (input !== null) writeFileSync(inPath, input);
	writeFileSync(outPath, 'previous');
	return { dir, inPath, outPath };
}

function expectBadInput(input: Uint8Array | string | null, message: RegExp, extra: string[] = []) {
	const { inPath, outPath, dir } = fixture(input);
	const result = run(['--in', inPath, '--out', outPath, ...extra]);
	expect(result.status).toBe(1);
	expect(result.stderr).toMatch(message);
	expect(result.stderr.trim().split('\n')).toHaveLength(1);
	expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
	expect(readFileSync(outPath, 'utf8')).toBe('previous');
	expect(existsSync(join(dir, 'figures.csv'))).toBe(false);
}

describe('npm run extract', () => {
	it('writes the story and the figures table from the real article', () => {
		const { inPath, outPath, dir } = fixture(RAW);
		const result = run(['--in', inPath, '--out', outPath]);
		expect(result.status).toBe(0);
		expect(JSON.parse(readFileSync(outPath, 'utf8')).areas).toHaveLength(8);
		expect(readFileSync(join(dir, 'figures.csv'), 'utf8')).toMatch(
			/^id,value,unit,kind,role,source/
		);
	});

	it('rejects a missing file', () => {
		const { outPath, dir } = fixture(null);
		const result = run(['--in', join(dir, 'nope.txt'), '--out', outPath]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^extract: .*nope\.txt: no such file\n$/);
	});

	it('rejects an empty file', () => expectBadInput('', /in\.txt: the file is empty/));

	it('rejects bytes that are not UTF-8', () =>
		expectBadInput(
			new Uint8Array([0xe6, 0xb1, 0xbe, 0xcf, 0xd8]),
			/not UTF-8: byte 0xcf at offset 3/
		));

	it('rejects an article without focus-area headings', () =>
		expectBadInput('汾西县今年要抓好工作。\n记者 王德政', /no focus-area headings found/));

	it('rejects a number of focus areas other than --expect-areas', () =>
		expectBadInput(RAW, /found 8 focus-area headings, expected 7/, ['--expect-areas', '7']));

	it('rejects a heading with only one half', () => {
		const broken = RAW.toString('utf8').replace(
			'聚焦污染防治,改善生態(tài)環(huán)境,。',
			'聚焦污染防治。'
		);
		expect(broken).not.toBe(RAW.toString('utf8'));
		expectBadInput(broken, /paragraph p6: focus-area heading "聚焦污染防治。" has only one half/);
	});

	it('rejects a bad option', () =>
		expectBadInput(RAW, /--expect-areas: "eight" is not a whole number/, [
			'--expect-areas',
			'eight'
		]));
});
