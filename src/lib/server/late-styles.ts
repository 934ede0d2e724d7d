/**
 * A page's first paint waits for its stylesheet to be read and matched, and on a slow phone
 * for its bytes to arrive: the rules of components that first appear further down the page
 * need not be in that wait. Svelte scopes a component's rules with a class of its own
 * (`svelte-…`), so a rule that requires such a class that no element before a point of the
 * page has can match nothing before that point. Those rules can be read after it.
 */

/** A style rule's selectors, its prelude; or a group (`@media …`) of statements. */
type Statement =
	| { kind: 'rule'; prelude: string; text: string }
	| { kind: 'group'; prelude: string; body: Statement[] }
	| { kind: 'other'; text: string };

/** At-rules whose body is statements, which can be split; any other at-rule stays whole. */
const GROUPS = /^@(media|supports|container|starting-style|layer)\b/;

const SCOPE = /\.(svelte-[a-z0-9]+)/g;

/** Where the string or comment that starts at `i` ends; `i` itself if none starts there. */
function skipQuoted(css: string, i: number): number {
	const c = css[i];
	const close =
		c === '"' || c === "'"
			? css.indexOf(c, i + 1)
			: c === '/' && css[i + 1] === '*'
				? css.indexOf('*/', i + 2) + 1
				: i;
	if (close < i) throw new Error(`late styles: a string or comment at character ${i} never ends`);
	return close;
}

/** Where the block that opens at `open` (a `{`) closes. */
function blockEnd(css: string, open: number): number {
	let depth = 0;
	for (let i = open; i < css.length; i = skipQuoted(css, i) + 1) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return i;
	}
	throw new Error(`late styles: a block opened at character ${open} is never closed`);
}

/** The next of `stops` from `from`, not in a string or comment; -1 if none. */
function nextStop(css: string, from: number, stops = '{;'): number {
	for (let i = from; i < css.length; i = skipQuoted(css, i) + 1) {
		if (stops.includes(css[i]!)) return i;
	}
	return -1;
}

function parse(css: string): Statement[] {
	const statements: Statement[] = [];
	let at = 0;
	while (at < css.length) {
		const stop = nextStop(css, at);
		if (stop < 0) {
			if (css.slice(at).trim()) statements.push({ kind: 'other', text: css.slice(at) });
			break;
		}
		if (css[stop] === ';') {
			statements.push({ kind: 'other', text: css.slice(at, stop + 1) });
			at = stop + 1;
			continue;
		}
		const end = blockEnd(css, stop);
		const prelude = css.slice(at, stop).trim();
		const text = css.slice(at, end + 1);
		if (GROUPS.test(prelude)) {
			statements.push({ kind: 'group', prelude, body: parse(css.slice(stop + 1, end)) });
		} else if (prelude.startsWith('@') || nextStop(css.slice(stop + 1, end), 0, '{') >= 0) {
			// Keyframes, font faces, nested rules: kept whole and early.
			statements.push({ kind: 'other', text });
		} else {
			statements.push({ kind: 'rule', prelude, text });
		}
		at = end + 1;
	}
	return statements;
}

/** `text` split at its top-level commas (not those inside parentheses or brackets). */
function topLevelParts(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === ',' && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/**
 * The scoping classes every element a selector matches (or one of its ancestors or earlier
 * siblings) must have: those outside any parentheses, and `:where(.svelte-…)`, which Svelte
 * writes to keep a selector's specificity. Not those inside `:not()`, `:is()` or `:has()`,
 * which a match need not have.
 */
function requiredScopes(selector: string): string[] {
	let outside = '';
	let depth = 0;
	for (let i = 0; i < selector.length; i++) {
		const where = /^:where\((\.svelte-[a-z0-9]+)\)/.exec(selector.slice(i));
		if (depth === 0 && where) {
			outside += where[1];
			i += where[0].length - 1;
			continue;
		}
		const c = selector[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (depth === 0) outside += c;
	}
	return [...outside.matchAll(SCOPE)].map((m) => m[1]!);
}

/** A rule each of whose selectors requires a scoping class not in `present`. */
function isLate(prelude: string, present: ReadonlySet<string>): boolean {
	return topLevelParts(prelude).every((selector) =>
		requiredScopes(selector).some((scope) => !present.has(scope))
	);
}

function split(
	statements: Statement[],
	present: ReadonlySet<string>
): { early: string; late: string } {
	let early = '';
	let late = '';
	for (const statement of statements) {
		if (statement.kind === 'group') {
			const inner = split(statement.body, present);
			if (inner.early) early += `${statement.prelude}{${inner.early}}`;
			if (inner.late) late += `${statement.prelude}{${inner.late}}`;
		} else if (statement.kind === 'rule' && isLate(statement.prelude, present)) {
			late += statement.text;
		} else {
			early += statement.text;
		}
	}
	return { early, late };
}

/**
 * `css` in two: `late`, the style rules each of whose selectors requires a scoping class
 * (`svelte-…`) not in `present`, kept in their order and in their `@media`, `@supports` and
 * `@container` groups; `early`, everything else (global rules, keyframes, font faces). A rule
 * moves only later in the cascade, after rules of other components: Svelte's scoped rules
 * meet others' only where a component reaches into a child (`.parent.svelte-… .child`), whose
 * added class outweighs the child's own.
 */
export function splitStylesheet(
	css: string,
	present: ReadonlySet<string>
): { early: string; late: string } {
	return split(parse(css), present);
}

/** The scoping classes (`svelte-…`) the elements in `html` have. */
export function scopesIn(html: string): Set<string> {
	const scopes = new Set<string>();
	for (const [, classes] of html.matchAll(/\sclass="([^"]*)"/g)) {
		for (const name of classes!.split(/\s+/)) if (name.startsWith('svelte-')) scopes.add(name);
	}
	return scopes;
}
