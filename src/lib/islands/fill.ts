/**
 * Islands: parts of a page rendered on the server on their own and woken in the browser on
 * their own, each in its own task (see `wake.ts`). The page holds an empty element for each,
 * `<div … data-island="id"></div>`, which the page's own hydration passes over; the island's
 * markup is written into it here, after the page is rendered.
 */

const PLACEHOLDER = /(<div [^>]*\bdata-island="([\w-]+)"[^>]*>)<\/div>/g;

/**
 * What ends each island: an empty script. After its first few yields Chromium's HTML parser
 * takes all it has in one task (its budget grows to 500 ms on a desktop, 50 on Android): on
 * a slow phone the half of the page read after the first paint was one task of 150 to 280 ms
 * at 4x. A script in the body brings the budget back to 10 ms, so the parser yields soon
 * after each island. Empty, it runs nothing (the policy needs no hash for it), and a woken
 * island's hydration passes over it, after the island's own markup.
 */
export const PARSER_YIELD = '<script></script>';

/**
 * `html` with each island's markup in its placeholder, and a point for the parser to yield
 * after it (`PARSER_YIELD`). Every placeholder must have its
 * island and every island its placeholder: a mismatch is a page that would show a hole.
 */
export function fillIslands(html: string, islands: Readonly<Record<string, string>>): string {
	const filled = new Set<string>();
	const page = html.replace(PLACEHOLDER, (_, open: string, id: string) => {
		const island = islands[id];
		if (island === undefined)
			throw new Error(`islands: the page has a place for "${id}" but no island`);
		if (filled.has(id)) throw new Error(`islands: the page has two places for "${id}"`);
		filled.add(id);
		return `${open}${island}${PARSER_YIELD}</div>`;
	});
	const unplaced = Object.keys(islands).filter((id) => !filled.has(id));
	if (unplaced.length > 0) {
		throw new Error(
			`islands: no place in the page for ${unplaced.map((id) => `"${id}"`).join(', ')}`
		);
	}
	return page;
}
