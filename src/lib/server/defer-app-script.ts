/**
 * SvelteKit's start-up script imports the app's bundle as soon as the parser reaches it, at
 * the end of the page. On a slow phone that can be before the first paint, which then waits
 * behind the bundle's download and evaluation. This rewrites the import to wait for
 * `afterFirstPaint`, a promise app.html's head sets up, and puts the rewritten script's hash
 * in the page's Content Security Policy in place of the old one.
 */
import { createHash } from 'node:crypto';

const START_SCRIPT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
const IMPORT = /\bimport\((["'][^"']+\/_app\/immutable\/[^"']+\.js["'])\)/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * `html` with its start-up script importing the app only after the first paint; a page
 * without one (no client-side rendering) as it is.
 */
export function deferAppScript(html: string): string {
	const script = START_SCRIPT.exec(html);
	if (!script) return html;
	const body = script[1]!;
	if (!IMPORT.test(body)) {
		throw new Error('defer app script: the start-up script imports no bundle from _app/immutable');
	}
	const deferred = body.replace(
		IMPORT,
		(_, file: string) => `afterFirstPaint.then(() => import(${file}))`
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
