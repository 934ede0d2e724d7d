import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browsers here. */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * scripts/test-servers.mjs builds the site twice, at the root and under a base path, and
 * serves both, with the embed host pages on another origin (the same ports and path there).
 */
const SITE = 'http://localhost:4173/';
const BASE_PATH = '/interactive/fenxi-2020';
const BASE_SITE = `http://localhost:4174${BASE_PATH}/`;

const desktop = { width: 1280, height: 800 };

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	// Two cores run two browsers and the server: a full scroll of the story takes its time.
	timeout: 60_000,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		// Tests go to paths relative to the site ('./', './#poverty'), so that the same
		// tests read the site at the root and under a base path.
		baseURL: SITE,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			// The machine has no network: keep Chromium from trying to reach its services.
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	},
	// What does not depend on the screen's size runs once (tag @anywhere, and whole files:
	// the build's budgets; embeds, which have tests of their own widths; the images, drawn
	// at fixed sizes; the front door's tags); what does not depend on where the site lives runs once at the root
	// (@layout, and @anywhere).
	projects: [
		{
			name: 'phone',
			testIgnore: [
				'embed.test.ts',
				'base-path.test.ts',
				'images.test.ts',
				'front-door.test.ts',
				'budgets.test.ts',
				'oembed.test.ts',
				'embed-options.test.ts',
				'events.test.ts',
				'deploy.test.ts'
			],
			grepInvert: /@anywhere/,
			use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
		},
		// The phone tests set their own phones' sizes.
		{
			name: 'desktop',
			testIgnore: ['base-path.test.ts', 'phone.test.ts'],
			use: { viewport: desktop }
		},
		{
			// The site built with BASE_PATH: the story and its maps read there, its links checked.
			name: 'base-path',
			testMatch: ['story.test.ts', 'map.test.ts', 'base-path.test.ts'],
			grepInvert: /@anywhere|@layout/,
			use: { viewport: desktop, baseURL: BASE_SITE }
		}
	],
	webServer: {
		command: 'node scripts/test-servers.mjs',
		// Up last, once both builds are made and every server listens. (If only the build
		// under the base path fails, the others are served and its tests fail, saying why.)
		url: SITE,
		reuseExistingServer: !process.env.CI,
		// Two builds, one after the other.
		timeout: 360_000
	}
});
