// npm test: what the browser tests need from the machine (installed where missing and
// possible, scripts/browser-deps.mjs), the unit tests (Vitest), then the browser tests
// (Playwright), then one closing line that adds both up, `N passed, N failed`, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(command, args) {
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		shell: process.platform === 'win32'
	});
	return result.status ?? 1;
}

function readReport(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

if (run(process.execPath, ['scripts/browser-deps.mjs']) !== 0) process.exit(1);

const unitStatus = run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${REPORTS}/unit.json`
]);
const e2eStatus = run('npx', ['playwright', 'test']);

const unit = readReport(`${REPORTS}/unit.json`);
const e2e = readReport(`${REPORTS}/e2e.json`);
let passed = 0;
let failed = 0;
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + unit.numPendingTests + (unit.numTodoTests ?? 0);
} else {
	console.error('test: Vitest wrote no report');
	failed += 1;
}
if (e2e) {
	passed += e2e.stats.expected;
	failed += e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped;
} else {
	console.error('test: Playwright wrote no report');
	failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unitStatus === 0 && e2eStatus === 0 && failed === 0 && passed > 0 ? 0 : 1);
