// The browser tests' servers (Playwright's webServer): builds the site twice, one build
// after the other (two SvelteKit builds in one checkout would share .svelte-kit/), then
// serves both builds and the embed host pages from one process:
//
//   http://localhost:4173/                        build/      the site at the root
//   http://localhost:4174/interactive/fenxi-2020/ build-base/ the site under a base path
//   http://127.0.0.1:4175/                        tests/e2e/hosts/ and the parent libraries:
//                                                 another origin, that embeds the story
//
// If the base-path build fails, the rest is still served and 4174 answers every request
// with 503 and the build's error, so that only the base-path tests fail, saying why.
// SKIP_BUILD=1 serves the builds already there. The ports and the base path are also in
// playwright.config.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { serve } from './serve.mjs';

const BASE_PATH = '/interactive/fenxi-2020';
const PORTS = { site: 4173, base: 4174, hosts: 4175 };

/**
 * Runs `npm run build` with these variables; returns null on success, else the end of
 * what it wrote to stderr (also shown as it runs).
 * @param {Record<string, string>} env
 */
function build(env) {
	const label = Object.entries(env)
		.map(([k, v]) => `${k}=${v}`)
		.join(' ');
	console.log(`test-servers: ${label} npm run build`);
	const result = spawnSync('npm', ['run', 'build'], {
		stdio: ['ignore', 'inherit', 'pipe'],
		env: { ...process.env, ...env },
		shell: process.platform === 'win32',
		maxBuffer: 64 * 1024 * 1024
	});
	const stderr = result.stderr?.toString() ?? '';
	process.stderr.write(stderr);
	if (result.status === 0) return null;
	console.error(`test-servers: the build failed (${label})`);
	return stderr.slice(-4000) || String(result.error ?? `exit status ${result.status}`);
}

/** @type {string | null} */
let baseFailure = null;
if (!process.env.SKIP_BUILD) {
	// The base-path build first, so that the last one, which .svelte-kit/output keeps (what
	// `vite preview` serves), is the ordinary site. Each sets every variable it depends on.
	baseFailure = build({
		BASE_PATH,
		BUILD_DIR: 'build-base',
		SITE_ORIGIN: `http://localhost:${PORTS.base}`
	});
	// Never serve an earlier run's build in place of the one that failed.
	if (baseFailure) rmSync('build-base', { recursive: true, force: true });
	const failure = build({
		BASE_PATH: '',
		BUILD_DIR: 'build',
		SITE_ORIGIN: `http://localhost:${PORTS.site}`
	});
	if (failure) process.exit(1);
}
if (!existsSync('build/index.html')) {
	console.error('test-servers: build/index.html is missing: build first, or unset SKIP_BUILD');
	process.exit(1);
}
if (!baseFailure && !existsSync('build-base/index.html'))
	baseFailure = 'build-base/index.html is missing: build first, or unset SKIP_BUILD';

try {
	// The root site last: Playwright waits for it, once everything else listens.
	await serve({
		port: PORTS.hosts,
		host: '127.0.0.1',
		mounts: [
			{ prefix: '/', dir: 'tests/e2e/hosts' },
			{ prefix: '/lib/pym/', dir: 'node_modules/pym.js/dist' },
			{ prefix: '/lib/frames/', dir: 'node_modules/@newswire/frames/dist' },
			{ prefix: '/lib/sidechain/', dir: 'node_modules/@nprapps/sidechain/dist' }
		]
	});
	if (baseFailure) {
		const message = `The build under ${BASE_PATH} failed:\n\n${baseFailure}\n`;
		await serve({
			port: PORTS.base,
			host: 'localhost',
			listener: (_, res) => {
				res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
				res.end(message);
			}
		});
	} else {
		await serve({
			port: PORTS.base,
			host: 'localhost',
			mounts: [{ prefix: `${BASE_PATH}/`, dir: 'build-base' }]
		});
	}
	await serve({ port: PORTS.site, host: 'localhost', mounts: [{ prefix: '/', dir: 'build' }] });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(
	`test-servers: http://localhost:${PORTS.site}/, ` +
		(baseFailure
			? `http://localhost:${PORTS.base}/ (503: the base-path build failed), `
			: `http://localhost:${PORTS.base}${BASE_PATH}/, `) +
		`hosts at http://127.0.0.1:${PORTS.hosts}/`
);
