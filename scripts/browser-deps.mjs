// What the browser tests need from the machine: Chromium (Playwright cannot download its own
// browsers here) and CJK fonts (without them Chinese renders as empty boxes, and the share
// cards and screenshots with it). Installs Debian's packages when they are missing and it
// may (as root, with apt-get); otherwise stops at once with one line saying what to run.
// `npm test`, `npm start` (the build draws the long images with Chromium) and `.ci/run` start
// with it. CHROME_PATH names another Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const fonts = () =>
	has('dpkg')
		? spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status === 0
		: (spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !==
			'';

const missing = [
	...(existsSync(chrome) ? [] : ['chromium']),
	...(fonts() ? [] : ['fonts-noto-cjk'])
];
if (missing.length > 0) {
	const install = `apt-get update && apt-get install -y ${missing.join(' ')}`;
	if (process.getuid?.() !== 0 || !has('apt-get')) {
		console.error(
			`browser tests: ${missing.join(' and ')} missing: run \`sudo ${install}\`${missing.includes('chromium') ? ', or set CHROME_PATH to a Chromium' : ''}`
		);
		process.exit(1);
	}
	console.log(`browser tests: installing ${missing.join(' ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', ...missing]
	]) {
		const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
		if (run.status !== 0) {
			console.error(`browser tests: apt-get ${args[0]} failed; run \`${install}\` by hand`);
			process.exit(1);
		}
	}
}
