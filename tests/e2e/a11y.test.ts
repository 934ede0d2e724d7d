import { expect, test } from '@playwright/test';
import { CHART_IDS } from '../../src/lib/charts/ids';
import { EDITIONS, editionPath } from '../../src/lib/editions';
import { axeViolations, bringUp, chapterIds, readTo, stillness } from './helpers';

// Each part of the page is checked where the reader sees it: the masthead and the headline
// at the top, each chapter as the reader reaches it (its callouts arrived: axe checks
// contrast as it is on the screen), the notes at the end.
for (const edition of EDITIONS)
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${edition.id}: axe finds no WCAG 2.2 A/AA violation at any chapter (${colorScheme})`, async ({
			page
		}) => {
			// An axe run at every chapter: 30-40 s on a busy 2-core machine.
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme });
			await page.goto(editionPath(edition.id));
			const found = await axeViolations(page, 'top', ['.masthead', '.hero']);
			for (const id of chapterIds) {
				await readTo(page, `#${id} .step:first-child`);
				await stillness(page);
				found.push(...(await axeViolations(page, id, ['.masthead', `#${id}`])));
			}
			await page.locator('.credits').scrollIntoViewIfNeeded();
			found.push(...(await axeViolations(page, 'notes', ['.credits'])));
			expect(found).toEqual([]);
		});
	}

// What editors put in their own pages: the whole story stacked, and each chart on its own.
const EMBEDS = ['embed/', ...CHART_IDS.map((id) => `embed/chart/${id}/`)];

for (const edition of EDITIONS)
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${edition.id}: axe finds no WCAG 2.2 A/AA violation in the story's embed and each chart's (${colorScheme})`, async ({
			page
		}) => {
			// An axe run on every embed: 35-46 s on a busy 2-core machine.
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme });
			const found: string[] = [];
			for (const embed of EMBEDS) {
				await page.goto(`${editionPath(edition.id)}${embed}`);
				await bringUp(page);
				found.push(...(await axeViolations(page, embed)));
			}
			expect(found).toEqual([]);
		});
	}

// A chapter's share page sends its reader on at once (a meta refresh, and a script): both are
// held back here, so that axe reads what a browser that follows neither shows.
const REDIRECTS = [
	/<meta http-equiv="refresh"[^>]*>/,
	/<script\b[^>]*\bredirect\.js"[^>]*><\/script>/
];

for (const edition of EDITIONS)
	test(
		`${edition.id}: axe finds no WCAG 2.2 A/AA violation on the chapters' share pages`,
		{
			// Pages for crawlers and their redirect: one size is enough.
			tag: '@anywhere'
		},
		async ({ page }) => {
			const unheld: string[] = [];
			await page.route(
				(url) => /\/s\/[a-z]+\/$/.test(url.pathname),
				async (route) => {
					const response = await route.fetch();
					const html = await response.text();
					for (const redirect of REDIRECTS)
						if (!redirect.test(html)) unheld.push(`${route.request().url()}: ${redirect}`);
					const held = REDIRECTS.reduce((page, redirect) => page.replace(redirect, ''), html);
					await route.fulfill({ response, body: held });
				}
			);
			const found: string[] = [];
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				for (const chapter of chapterIds) {
					const path = `${editionPath(edition.id)}s/${chapter}/`;
					await page.goto(path);
					await expect(page.locator('main.share h1')).toBeVisible();
					await expect(page).toHaveURL(new RegExp(`/s/${chapter}/$`));
					found.push(...(await axeViolations(page, `${path} (${colorScheme})`)));
				}
			}
			expect(unheld).toEqual([]);
			expect(found).toEqual([]);
		}
	);

for (const edition of EDITIONS)
	test(
		`${edition.id}: headings form an outline: one h1, an h2 for each chapter in order, then the notes`,
		{ tag: '@anywhere' },
		async ({ page }) => {
			await page.goto(editionPath(edition.id));
			const headings = await page
				.locator('h1, h2, h3')
				.evaluateAll((els) => els.map((e) => `${e.tagName}:${e.closest('section')?.id ?? ''}`));
			expect(headings.filter((h) => h.startsWith('H1'))).toHaveLength(1);
			expect(headings[0]).toMatch(/^H1/);
			// Each chapter's h2 in its section, then the notes' (in sections without an id): the
			// method, and in English the glossary before it.
			const h2 = headings.filter((h) => h.startsWith('H2')).map((h) => h.slice(3));
			expect(h2).toEqual([...chapterIds, ...(edition.id === 'en' ? ['', ''] : [''])]);
			// The one h3, the overview of the eight areas, sits inside the framework chapter.
			expect(headings.filter((h) => h.startsWith('H3'))).toEqual(['H3:framework']);
		}
	);
