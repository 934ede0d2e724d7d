/**
 * When our piece was first published and last changed, as ISO dates: what its structured
 * data and sitemap say. An editor sets `modified` when a correction or update goes out.
 */
export const PUBLICATION = { published: '2026-12-04', modified: '2026-12-04' } as const;
