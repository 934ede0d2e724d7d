import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferAppScript } from '$lib/server/defer-app-script';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** A page shaped as SvelteKit prerenders one: its policy hashes its start-up script. */
function page(start: string, policyHash = hash(start)) {
	return (
		`<head><meta http-equiv="content-security-policy" content="script-src 'self' '${hash('guard')}' '${policyHash}'; object-src 'none'"></head>` +
		`<body><main>text</main><script>${start}</script></body>`
	);
}
const start = `
	{
		__sveltekit_abc = { base: '' };
		const element = document.currentScript.parentElement;
		import("../../../_app/immutable/bundle.X1.js").then((app) => { app.start(element, { data: ["$&"] }) });
	}
`;
const scriptOf = (html: string) => /<script>([\s\S]*)<\/script>/.exec(html)![1]!;

describe('defer app script', () => {
	it('has the start-up script import the bundle after the first paint, and the policy hash the new script', () => {
		const html = deferAppScript(page(start));
		const script = scriptOf(html);
		expect(script).toMatch(
			/\{ type: 'paint', buffered: true \}\);\n\}\)\.then\(\(\) => \{\n\tconst app = import\("\.\.\/\.\.\/\.\.\/_app\/immutable\/bundle\.X1\.js"\);[\s\S]*\treturn app;\n\}\)\.then\(\(app\) =>/
		);
		// Everything else is as it was, `$&` included (no replacement pattern expanded).
		expect(
			script.replace(
				/new Promise[\s\S]*\.then\(\(\) => \{\n\tconst app = (import\([^)]*\));[\s\S]*?\treturn app;\n\}\)/,
				'$1'
			)
		).toBe(start);
		expect(html).toContain(`'${hash(script)}'`);
		expect(html).not.toContain(hash(start));
		expect(html).toContain(`'${hash('guard')}'`);
	});

	it('never imports the bundle in an opaque origin (a sandboxed frame), where it could not load', async () => {
		const script = scriptOf(deferAppScript(page(start)));
		const paint = /(new Promise\(\(ready\) => \{[\s\S]*?\n\}\))\.then/.exec(script)![1]!;
		/** Whether the wait for the first paint ends, in a window of `origin` without paint timing. */
		const ends = (origin: string) =>
			Promise.race([
				(new Function('self', `return ${paint}`)({ origin }) as Promise<void>).then(() => true),
				new Promise((done) => setTimeout(() => done(false), 1200))
			]);
		expect(await ends('null')).toBe(false);
		expect(await ends('https://example.org')).toBe(true);
	});

	it('reads session storage as Kit will, in a task after asking for the bundle, and asks for it where storage is refused', async () => {
		const script = scriptOf(deferAppScript(page(start)));
		const load = /\.then\(\(\) => (\{[\s\S]*?\treturn app;\n\})\)/.exec(script)![1]!;
		const calls: string[] = [];
		/** The script's load as the page runs it (`import` stubbed), with `storage` as the storage's answer. */
		const run = (storage: () => string | undefined) =>
			(
				new Function('sessionStorage', 'bundle', load.replace('import(', 'bundle(')) as (
					s: unknown,
					b: (file: string) => Promise<string>
				) => Promise<string>
			)(
				{
					get 'sveltekit:scroll'() {
						calls.push('storage');
						return storage();
					}
				},
				async (file) => (calls.push(`import ${file}`), 'app')
			);
		const nextTask = () => new Promise((resume) => setTimeout(resume));
		expect(await run(() => undefined)).toBe('app');
		// Not in the task that asks for the bundle: in one of its own.
		expect(calls).toEqual(['import ../../../_app/immutable/bundle.X1.js']);
		await nextTask();
		expect(calls).toEqual(['import ../../../_app/immutable/bundle.X1.js', 'storage']);
		// Refused, it throws in that task, where nothing may escape (an uncaught error fails this test).
		const refused = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		expect(await run(refused)).toBe('app');
		await nextTask();
		expect(calls).toHaveLength(4);
	});

	it('works under a base path', () => {
		const under = start.replace('../../../_app', '/interactive/fenxi/_app');
		expect(scriptOf(deferAppScript(page(under)))).toContain(
			'const app = import("/interactive/fenxi/_app/immutable/bundle.X1.js");'
		);
	});

	it('says what is wrong when the page, its script or its policy is not as expected', () => {
		expect(() => deferAppScript('<body><main>text</main></body>')).toThrow(
			'defer app script: the page has no SvelteKit start-up script'
		);
		expect(() =>
			deferAppScript(page(start.replace(/import\([^)]*\)/, 'Promise.resolve()')))
		).toThrow('defer app script: the start-up script imports no bundle from _app/immutable');
		expect(() => deferAppScript(page(start, hash('something else')))).toThrow(
			/^defer app script: the page's Content Security Policy has no 'sha256-[\w+/=]+' for its start-up script$/
		);
	});
});
