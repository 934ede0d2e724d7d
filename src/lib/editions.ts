/**
 * The story's three editions: where each lives and what it is called (in full, and on a
 * phone's bar, where the current chapter's name needs the room). Shared by the server
 * (which builds each edition) and the page (its switcher); no words of the story.
 */
export const EDITIONS = [
	{ id: 'zh-Hans', segment: '', name: '简体中文', short: '简' },
	{ id: 'zh-Hant', segment: 'zh-hant', name: '繁體中文', short: '繁' },
	{ id: 'en', segment: 'en', name: 'English', short: 'EN' }
] as const;

export type EditionId = (typeof EDITIONS)[number]['id'];

/** The route parameter of an edition other than the canonical one: zh-hant or en. */
export type EditionSegment = Exclude<(typeof EDITIONS)[number]['segment'], ''>;

export function isEditionSegment(segment: string): segment is EditionSegment {
	return EDITIONS.some((e) => e.segment !== '' && e.segment === segment);
}

/** Every edition's route parameter, for prerendering a route of each: none for the canonical one. */
export function editionEntries(): { edition: EditionSegment | undefined }[] {
	return EDITIONS.map((e) => ({ edition: e.segment || undefined }));
}

/** The edition a route parameter names; none is the canonical Simplified edition. */
export function editionOf(segment: string | undefined): EditionId {
	const edition = EDITIONS.find((e) => e.segment === (segment ?? ''));
	if (!edition) throw new Error(`editions: no edition at /${segment}/`);
	return edition.id;
}

/** An edition's route parameter: none for the canonical one (as routes take it), else zh-hant or en. */
export function editionSegment(id: EditionId): EditionSegment | undefined {
	return EDITIONS.find((e) => e.id === id)!.segment || undefined;
}

/** An edition's path below the site's base: '/', '/zh-hant/', '/en/'. */
export function editionPath(id: EditionId): '/' | `/${EditionSegment}/` {
	const segment = editionSegment(id);
	return segment ? `/${segment}/` : '/';
}

/** The edition a path (below the base) belongs to: its first segment, or the canonical one. */
export function editionOfPath(path: string): EditionId {
	const first = path.split('/').find(Boolean) ?? '';
	return EDITIONS.find((e) => e.segment !== '' && e.segment === first)?.id ?? 'zh-Hans';
}
