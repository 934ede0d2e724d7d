import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, unitEdges, unitOf } from '../../scripts/folder-cycles';

/** A small src/lib in a temporary folder: file paths to their sources. */
function lib(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'lib-'));
	for (const [path, source] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), source);
	}
	return root;
}

describe('folder cycles', () => {
	it('reads every kind of import, types and dynamic imports included', () => {
		const found = importsOf(
			"import a from '$lib/a/x';\nimport type { B } from './b';\nexport { c } from '../c';\nconst d = import('$lib/d/y');"
		).map((i) => `${i.line}:${i.specifier}`);
		expect(found).toEqual(['1:$lib/a/x', '2:./b', '3:../c', '4:$lib/d/y']);
	});

	it('takes a folder of src/lib as one unit and a file at its top as another', () => {
		expect(unitOf('/x/src/lib/charts/maps/data.ts', '/x/src/lib')).toBe('charts');
		expect(unitOf('/x/src/lib/editions.ts', '/x/src/lib')).toBe('editions');
		expect(unitOf('/x/src/routes/+page.ts', '/x/src/lib')).toBeNull();
	});

	it('finds two folders that import each other, through a third, and names where', () => {
		const root = lib({
			'model/page.ts': "import type { Content } from '$lib/content/types';",
			'content/types.ts': "import type { Chart } from '$lib/charts/types';",
			'charts/types.ts': "import { page } from '../model/page';",
			'charts/ok.ts': "import { x } from './types';",
			'format.ts': ''
		});
		const edges = unitEdges(root);
		expect(cycles(edges)).toEqual([['charts', 'content', 'model']]);
		expect(edges.find((e) => e.from === 'charts')!.at).toMatch(/charts\/types\.ts:1$/);
	});

	it('finds none where imports go one way', () => {
		const root = lib({
			'model/page.ts': "import type { Content } from '$lib/content/types';",
			'content/types.ts': "import { f } from '$lib/format';",
			'format.ts': ''
		});
		expect(cycles(unitEdges(root))).toEqual([]);
		// A file at the top is one unit, however it is named: imported without its extension.
		const looped = lib({
			'format.ts': "import { c } from './content/x';",
			'content/x.ts': "import { f } from '$lib/format';"
		});
		expect(cycles(unitEdges(looped))).toEqual([['content', 'format']]);
	});

	it('finds none in this project', () => {
		expect(cycles(unitEdges('src/lib'))).toEqual([]);
	});
});
