import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browsers here. */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	// Two cores run two browsers and the server: a full scroll of the story takes its time.
	timeout: 60_000,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
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
	projects: [
		{
			name: 'phone',
			use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
		},
		{ name: 'desktop', use: { viewport: { width: 1280, height: 800 } } }
	],
	webServer: {
		command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
