import { expect, test, type Page } from '@playwright/test';
import { EDITIONS } from '../../src/lib/editions';
import { scrollToEnd, watch } from './helpers';

/**
 * The site served with its Content Security Policy as a header (as the README says to
 * serve it): the policy of each page is the one SvelteKit wrote into it, hashes and all.
 */
async function serveWithPolicy(page: Page): Promise<string[]> {
	const policies: string[] = [];
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const html = await response.text();
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		if (policy) policies.push(policy);
		await route.fulfill({
			response,
			body: html,
			headers: { ...response.headers(), 'content-security-policy': policy ?? "default-src 'none'" }
		});
	});
	await page.addInitScript(() => {
		const w = window as unknown as { violations: string[] };
		w.violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	return policies;
}

/** Reads the whole page down in strides of most of a screen; returns its policy's violations. */
async function readWholePage(page: Page): Promise<string[]> {
	await scrollToEnd(page, Math.round(page.viewportSize()!.height * 0.75));
	return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

// One full read of each kind of page, as a reader scrolls it, watched for everything a
// clean page never does: violate its policy, log, or load from another host.
for (const edition of EDITIONS) {
	test(`${edition.id}: a full scroll, served with its strict policy as a header, violates nothing, logs nothing and loads nothing from elsewhere: story, embeds, share page`, async ({
		page
	}) => {
		// Four pages read to their ends, two of them long: its own time.
		test.setTimeout(150_000);
		const problems = watch(page);
		const policies = await serveWithPolicy(page);
		const root = edition.segment ? `./${edition.segment}/` : './';
		for (const path of ['', 'embed/', 'embed/chart/locator-map/', 's/poverty/']) {
			await page.goto(`${root}${path}`);
			expect(await readWholePage(page), path).toEqual([]);
		}
		expect(policies.length).toBeGreaterThanOrEqual(4);
		for (const policy of policies) {
			expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
			expect(policy).not.toMatch(/unsafe-inline'[^;]*;.*script-src|script-src[^;]*unsafe/);
			expect(policy).toContain("object-src 'none'");
		}
		expect(problems).toEqual([]);
	});
}
