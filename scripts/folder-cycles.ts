/**
 * npx tsx scripts/folder-cycles.ts; npm run lint runs it: fails if two folders of src/lib import each other, directly or
 * through others (types count: a folder that needs another's types depends on it). Each
 * folder of src/lib is one unit, each file at its top another; a cycle among units is one
 * part of the code that cannot be read, tested or changed without the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** An import of one unit by another, where it is written. */
export interface Edge {
	from: string;
	to: string;
	/** `file:line` of the first such import found. */
	at: string;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** The modules a source file imports, with their lines. */
export function importsOf(source: string): { specifier: string; line: number }[] {
	return [...source.matchAll(IMPORT)].map((m) => ({
		specifier: m[1]!,
		line: source.slice(0, m.index).split('\n').length
	}));
}

/**
 * The unit of src/lib a file belongs to: its first folder there (`charts`), or the file
 * itself at the top, as it is imported (`editions`); null outside src/lib.
 */
export function unitOf(file: string, lib: string): string | null {
	const path = relative(lib, file);
	if (path.startsWith('..')) return null;
	return path.split(sep)[0]!.replace(/\.(ts|js|svelte)$/, '');
}

/** The groups of units that reach one another (Tarjan's strongly connected components). */
export function cycles(edges: readonly Edge[]): string[][] {
	const next = new Map<string, string[]>();
	for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const found: string[][] = [];
	let counter = 0;
	const visit = (unit: string) => {
		index.set(unit, counter);
		low.set(unit, counter++);
		stack.push(unit);
		for (const to of next.get(unit) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(unit, Math.min(low.get(unit)!, low.get(to)!));
			} else if (stack.includes(to)) low.set(unit, Math.min(low.get(unit)!, index.get(to)!));
		}
		if (low.get(unit) === index.get(unit)) {
			const group: string[] = [];
			let top: string;
			do {
				top = stack.pop()!;
				group.push(top);
			} while (top !== unit);
			if (group.length > 1) found.push(group.sort());
		}
	};
	for (const unit of [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort())
		if (!index.has(unit)) visit(unit);
	return found;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte|js)$/.test(entry.name) ? [path] : [];
	});
}

/** Every import between two units of `lib`, the first place each is written. */
export function unitEdges(lib: string): Edge[] {
	const edges = new Map<string, Edge>();
	for (const file of sourceFiles(lib)) {
		const from = unitOf(file, lib)!;
		for (const { specifier, line } of importsOf(readFileSync(file, 'utf8'))) {
			const target = specifier.startsWith('$lib/')
				? join(lib, specifier.slice('$lib/'.length))
				: specifier.startsWith('.')
					? resolve(dirname(file), specifier)
					: null;
			const to = target ? unitOf(target, lib) : null;
			if (!to || to === from) continue;
			const key = `${from}→${to}`;
			if (!edges.has(key)) edges.set(key, { from, to, at: `${relative('.', file)}:${line}` });
		}
	}
	return [...edges.values()];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const edges = unitEdges(resolve('src/lib'));
	const found = cycles(edges);
	if (found.length > 0) {
		for (const group of found) {
			console.error(`folder-cycles: ${group.join(', ')} import one another:`);
			for (const e of edges.filter((e) => group.includes(e.from) && group.includes(e.to)))
				console.error(`  ${e.from} → ${e.to}  (${e.at})`);
		}
		process.exit(1);
	}
	console.log(
		`folder-cycles: none among ${new Set(edges.flatMap((e) => [e.from, e.to])).size} units of src/lib`
	);
}
