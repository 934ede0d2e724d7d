/**
 * Each chapter's long image for WeChat, made with the build (npm run build, after
 * `vite build`): it shows the chapter's link and QR code, which are the deployment's
 * (SITE_ORIGIN, BASE_PATH), so each build makes its own, into BUILD_DIR/wechat/, from its
 * own long-image pages served for the moment on a free port (`images/long.ts`). Needs
 * Chromium (`/usr/bin/chromium`, or CHROME_PATH).
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { EDITIONS } from '../src/lib/editions';
import { editionLongImages } from './images/long';
import { serve } from './serve.mjs';

const dir = process.env.BUILD_DIR || 'build';
const base = process.env.BASE_PATH ?? '';
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function main() {
	if (!existsSync(executablePath))
		throw new Error(
			`long-images: no Chromium at ${executablePath}, which draws the long images: install it (node scripts/browser-deps.mjs) or set CHROME_PATH`
		);
	const [server] = await serve({
		mounts: [{ prefix: `${base}/`, dir }],
		port: 0,
		host: '127.0.0.1'
	});
	const { port } = server!.address() as AddressInfo;
	const browser = await chromium.launch({
		executablePath,
		args: ['--disable-font-subpixel-positioning']
	});
	try {
		let count = 0;
		let largest = 0;
		for (const edition of EDITIONS) {
			const url = `http://127.0.0.1:${port}${base}/${edition.segment ? `${edition.segment}/` : ''}`;
			for (const { file, data } of await editionLongImages(browser, url, edition.id)) {
				const path = join(dir, file);
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, data);
				count++;
				largest = Math.max(largest, data.length);
			}
		}
		console.log(
			`long-images: ${count} in ${dir}/wechat/, the largest ${(largest / 1024).toFixed(0)} KB`
		);
	} finally {
		await browser.close();
		server!.close();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
