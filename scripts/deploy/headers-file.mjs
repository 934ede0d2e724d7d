// The `_headers` file that Netlify and Cloudflare Pages read (and scripts/serve.mjs, as they
// do): rules of a path, exact or ending in `*` (that path and everything below it), each
// followed by indented `Name: value` lines; `#` starts a comment. Every rule that matches a
// path applies. Plain JavaScript: the server runs it as it is.

/**
 * A path and the headers its responses carry.
 * @typedef {{ path: string, headers: [string, string][] }} HeaderRule
 */

/**
 * The rules of a `_headers` file. A line that is neither a path, a header under one, a
 * comment nor blank is an error, which names its line.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split('\n').forEach((line, i) => {
		if (/^\s*(#.*)?$/.test(line)) return;
		if (line.startsWith('/')) {
			rules.push({ path: line.trim(), headers: [] });
			return;
		}
		const header = /^\s+([A-Za-z][\w-]*):\s*(.+)$/.exec(line);
		if (!header || rules.length === 0) {
			throw new Error(`_headers: line ${i + 1} is neither a path nor a header under one: ${line}`);
		}
		rules.at(-1)?.headers.push([header[1] ?? '', (header[2] ?? '').trim()]);
	});
	return rules;
}

/**
 * Whether a rule's path matches a URL path: the same, or, for `/a/*`, `/a/` and below.
 * @param {string} rule
 * @param {string} path
 */
export function matches(rule, path) {
	return rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;
}

/**
 * The headers of every rule that matches `path`, in the file's order.
 * @param {readonly HeaderRule[]} rules
 * @param {string} path
 * @returns {[string, string][]}
 */
export function headersFor(rules, path) {
	return rules.filter((r) => matches(r.path, path)).flatMap((r) => r.headers);
}

/**
 * The file's text for `rules`, after a comment.
 * @param {readonly HeaderRule[]} rules
 * @param {string} comment
 */
export function formatHeaders(rules, comment) {
	const head = comment
		.split('\n')
		.map((line) => `# ${line}`.trimEnd())
		.join('\n');
	const body = rules
		.map((r) => [r.path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
		.join('\n\n');
	return `${head}\n\n${body}\n`;
}
