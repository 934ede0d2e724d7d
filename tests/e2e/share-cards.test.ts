import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The share cards are pictures of the built graphics, made by a script and committed: a
// change to a graphic leaves them stale unless they are made again. Drawn at one size, they
// are checked once (not in the phone project).
test('the committed share cards are what the build draws', async ({ baseURL }) => {
	test.setTimeout(240_000);
	// spawnSync holds the worker, so the test's own timeout could not stop it: it has its own.
	const run = spawnSync('npx', ['tsx', 'scripts/share-images.ts', baseURL!, '--check'], {
		encoding: 'utf8',
		timeout: 230_000
	});
	expect(run.error).toBeUndefined();
	expect(run.status, run.stderr).toBe(0);
	expect(run.stdout).toContain('every committed card is what the build draws');
});
