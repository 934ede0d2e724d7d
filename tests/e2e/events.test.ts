import { expect, test, type Frame, type Page } from '@playwright/test';
import { EVENT_NAME, EVENT_SCHEMA, EVENT_VERSION } from '../../src/lib/events/schema';
import { scrollToEnd, wakeAll } from './helpers';

// Reader events (README, "Reader events"): what a host page hears of its reader, as pym
// messages and plain messages from the embed, and as CustomEvents on the story page.

const HOSTS = 'http://127.0.0.1:4175';

interface Sight {
	type: string;
	chapter?: string;
	chart?: string;
}

/**
 * What a full read of the page or frame shows, in its order: each chapter's heading and each
 * chart, the first time each is met. The events must come so.
 */
function expectedSights(target: Page | Frame): Promise<Sight[]> {
	return target.evaluate(() => {
		const sights: Sight[] = [];
		const told = new Set<string>();
		for (const el of document.querySelectorAll('section.chapter > h2, [data-chart]')) {
			const sight: Sight = el.matches('h2')
				? { type: 'chapter-entered', chapter: el.closest('section')!.id }
				: { type: 'chart-seen', chart: (el as HTMLElement).dataset.chart };
			const key = JSON.stringify(sight);
			if (told.has(key)) continue;
			told.add(key);
			sights.push(sight);
		}
		return sights;
	});
}

/** Each event's fields besides the schema's, its version, its language and its type: no more. */
const FIELDS: Record<string, string[]> = {
	'chapter-entered': ['chapter'],
	'chart-seen': ['chart'],
	'share-used': ['chapter', 'method'],
	'copy-used': ['what'],
	'data-downloaded': ['file']
};

/** The message is the schema's, in `lang`, and carries nothing else (no identifier). */
function expectMessage(message: Record<string, unknown>, lang: string) {
	expect(message).toMatchObject({ schema: EVENT_SCHEMA, version: EVENT_VERSION, lang });
	const fields = [...FIELDS[String(message.type)]!];
	if (message.what === 'share-link') fields.push('chapter');
	expect(Object.keys(message).sort()).toEqual(
		['schema', 'version', 'lang', 'type', ...fields].sort()
	);
}

const sightOf = (m: Record<string, unknown>): Sight =>
	m.type === 'chart-seen'
		? { type: 'chart-seen', chart: m.chart as string }
		: { type: m.type as string, chapter: m.chapter as string };

test('a host page hears the events of a full read of the embedded story, in order, each once, and nothing else @anywhere', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.addInitScript(() => {
		if (location.port !== '4175') return;
		const received: { own: boolean; data: unknown }[] = [];
		Object.assign(window, { received });
		addEventListener('message', (e) => {
			const frame = document.querySelector<HTMLIFrameElement>('#story-embed iframe');
			received.push({ own: !!frame && e.source === frame.contentWindow, data: e.data });
		});
	});
	const host = new URL(`${HOSTS}/host.html`);
	host.searchParams.set('src', 'http://localhost:4173/en/embed/');
	host.searchParams.set('parent', 'pym');
	host.searchParams.set('trackscroll', '1');
	await page.goto(host.href);
	const iframe = page.locator('#story-embed iframe');
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	await expect(frame.locator('html')).toHaveAttribute('data-embed-layout', 'emulated', {
		timeout: 20_000
	});
	await scrollToEnd(page, 400, () => page.waitForTimeout(120));
	const expected = await expectedSights(frame);
	expect(expected.filter((s) => s.type === 'chapter-entered').length).toBe(11);
	expect(expected.filter((s) => s.type === 'chart-seen').length).toBe(12);

	const childId = new URL(frame.url()).searchParams.get('childId')!;
	const received = await page.evaluate(
		() => (window as unknown as { received: { own: boolean; data: unknown }[] }).received
	);
	const pym = `pymxPYMx${childId}xPYMx`;
	const plain: Record<string, unknown>[] = [];
	const viaPym: Record<string, unknown>[] = [];
	const other: unknown[] = [];
	for (const { own, data } of received) {
		expect(own, JSON.stringify(data)).toBe(true);
		if (typeof data === 'string' && data.startsWith(`${pym}${EVENT_NAME}xPYMx`)) {
			viaPym.push(JSON.parse(data.slice(`${pym}${EVENT_NAME}xPYMx`.length)));
		} else if (typeof data === 'object' && data && 'schema' in data) {
			plain.push(data as Record<string, unknown>);
		} else other.push(data);
	}
	// Besides the events, only the sizing protocols: heights, and requests for the viewport.
	for (const data of other) {
		const sizing =
			(typeof data === 'string' &&
				(new RegExp(`^${pym}height${'xPYMx'}\\d+$`).test(data) ||
					data === `${pym}parentPositionInfoxPYMx`)) ||
			(typeof data === 'object' &&
				data !== null &&
				(data as { sentinel?: string }).sentinel === 'amp' &&
				(data as { type?: string }).type === 'embed-size');
		expect(sizing, JSON.stringify(data)).toBe(true);
	}
	expect(viaPym).toEqual(plain);
	for (const message of plain) expectMessage(message, 'en');
	expect(plain.map(sightOf)).toEqual(expected);
});

test('the story page tells its own scripts the same, as CustomEvents @anywhere', async ({
	page
}) => {
	test.setTimeout(150_000);
	await page.addInitScript((name) => {
		const events: unknown[] = [];
		Object.assign(window, { events });
		addEventListener(name, (e) => events.push((e as CustomEvent).detail));
	}, EVENT_NAME);
	await page.goto('./zh-hant/');
	// Watched from the app's start (after the first paint): read once it is up, at a reader's pace.
	await wakeAll(page);
	await scrollToEnd(page, 400, () => page.waitForTimeout(120));
	const events = await page.evaluate(
		() => (window as unknown as { events: Record<string, unknown>[] }).events
	);
	for (const event of events) expectMessage(event, 'zh-Hant');
	expect(events.map(sightOf)).toEqual(await expectedSights(page));
});

test('sharing, copying and downloading are told as they are used @anywhere', async ({ page }) => {
	await page.addInitScript((name) => {
		const events: unknown[] = [];
		Object.assign(window, { events });
		addEventListener(name, (e) => events.push((e as CustomEvent).detail));
	}, EVENT_NAME);
	// Weibo's page is another site's: the click is what is told, not where it leads.
	await page.context().route('https://service.weibo.com/**', (route) => route.abort());
	await page.goto('./en/#poverty');
	await wakeAll(page);
	const told = () =>
		page.evaluate(() =>
			(window as unknown as { events: Record<string, unknown>[] }).events.filter(
				(e) => e.type !== 'chapter-entered' && e.type !== 'chart-seen'
			)
		);
	const share = page.locator('#poverty .share');
	await share.locator('summary').click();
	await share.getByRole('button', { name: 'Copy link' }).click();
	const popup = page.waitForEvent('popup');
	await share.getByRole('link', { name: 'Share on Weibo' }).click();
	await (await popup).close();
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'figures (CSV)' }).click();
	await download;
	await page.locator('.embed-panel summary').click();
	await page.locator('.embed-panel').getByRole('button', { name: 'Copy code' }).first().click();
	for (const event of await told()) expectMessage(event, 'en');
	expect((await told()).map(({ schema, version, lang, ...event }) => event)).toEqual([
		{ type: 'copy-used', what: 'share-link', chapter: 'poverty' },
		{ type: 'share-used', chapter: 'poverty', method: 'weibo' },
		{ type: 'data-downloaded', file: 'figures.csv' },
		{ type: 'copy-used', what: 'embed-code' }
	]);
});
