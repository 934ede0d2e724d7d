/**
 * SvelteKit's start-up script imports the app's bundle as soon as the parser reaches it, at
 * the end of the page: often before the first paint, which then shares the connection and the
 * main thread with the bundle. Nothing on a page can be used before it has been seen, so the
 * import can wait for the first paint instead. This rewrites the import so, and puts the
 * rewritten script's hash in the page's Content Security Policy in place of the old one.
 */
import { createHash } from 'node:crypto';

const START_SCRIPT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
const IMPORT = /\bimport\((["'][^"']+\/_app\/immutable\/[^"']+\.js["'])\)/;

/**
 * Resolves once the page has painted its first content; at once where paint timing is not
 * supported, and after a second at most where the page is not painted (a frame off the
 * screen), so that the script is never lost. Never in an opaque origin (a sandboxed frame,
 * as WordPress makes): no module could be loaded there, and the page stays as prerendered.
 */
const AFTER_FIRST_PAINT = `new Promise((ready) => {
	if (self.origin === 'null') return;
	setTimeout(ready, 1000);
	if (!self.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return ready();
	new PerformanceObserver((list) => {
		if (list.getEntriesByName('first-contentful-paint').length) ready();
	}).observe({ type: 'paint', buffered: true });
})`;

/**
 * Asks for the bundle, then, in a task of its own while the bundle is fetched, does what
 * SvelteKit does first as the bundle is evaluated: it reads its saved scroll positions from
 * session storage and parses them (on a first visit there are none, and the parse throws). In
 * a fresh browser the first access to storage and the first exception take 5 to 50 ms at 4x
 * CPU (measured), which made the bundle's evaluation a long task, and in the task that asks
 * for the bundle they made that one long. Where storage is refused (a privacy setting),
 * SvelteKit does without it, and so does this.
 */
const importWarmingStorage = (file: string) => `{
	const app = import(${file});
	setTimeout(() => {
		try {
			JSON.parse(sessionStorage['sveltekit:scroll']);
		} catch {}
	});
	return app;
}`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** `html` with its start-up script importing the app only after the first paint. */
export function deferAppScript(html: string): string {
	const script = START_SCRIPT.exec(html);
	if (!script) throw new Error('defer app script: the page has no SvelteKit start-up script');
	const body = script[1]!;
	if (!IMPORT.test(body)) {
		throw new Error('defer app script: the start-up script imports no bundle from _app/immutable');
	}
	const deferred = body.replace(
		IMPORT,
		(_, file: string) => `${AFTER_FIRST_PAINT}.then(() => ${importWarmingStorage(file)})`
	);
	const hash = sha256(body);
	if (!html.includes(hash)) {
		throw new Error(
			`defer app script: the page's Content Security Policy has no ${hash} for its start-up script`
		);
	}
	return html
		.replace(hash, sha256(deferred))
		.replace(script[0], () => `<script>${deferred}</script>`);
}
