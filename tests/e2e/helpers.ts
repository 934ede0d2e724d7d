import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Story } from '../../src/lib/extract/schema';
import { CHAPTER_IDS } from '../../src/lib/extract/chapters';

export const story: Story = JSON.parse(readFileSync('static/data/story.json', 'utf8'));
export const chapterIds: readonly string[] = CHAPTER_IDS;

/** Collects console messages, page errors and requests to other hosts: a clean page has none. */
export function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		if (new URL(r.url()).hostname !== 'localhost') problems.push(`request to ${r.url()}`);
	});
	return problems;
}

/**
 * Waits until every island of the story is awake (hydrated), so that all of a reader's
 * controls answer: the menu, the switcher, the share controls.
 */
export async function awake(page: Page) {
	await page.locator('main[data-woken]').waitFor({ state: 'attached' });
}

/**
 * Waits until the app has started: its script has come, and the network has been quiet
 * since, by which time the page is hydrated (hydration can follow the load event).
 */
export async function started(page: Page) {
	await page.waitForFunction(() =>
		performance.getEntriesByType('resource').some((e) => /\/_app\/immutable\/.*\.js$/.test(e.name))
	);
	await page.waitForLoadState('networkidle');
}

/** The chapter the page says the reader is in, and each chapter's active step. */
export async function readingState(page: Page) {
	return page.evaluate(() => ({
		chapter: document.querySelector('main')?.dataset.chapter ?? null,
		steps: Object.fromEntries(
			[...document.querySelectorAll<HTMLElement>('section.chapter')].map((s) => [
				s.id,
				Number(s.querySelector<HTMLElement>('.scroller')?.dataset.activeStep)
			])
		),
		hash: location.hash,
		historyLength: history.length
	}));
}

/**
 * Waits until the observers have reported: two animation frames, or 250 ms where a busy
 * machine does not paint (observer callbacks are queued with the frame).
 */
export async function settle(page: Page) {
	await page.evaluate(
		() =>
			new Promise((done) => {
				requestAnimationFrame(() => requestAnimationFrame(done));
				setTimeout(done, 250);
			})
	);
}

/** Scrolls a step to the middle of the screen, as reading down to it would. */
export async function readTo(page: Page, selector: string) {
	await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await settle(page);
}
