/**
 * The story's chapter ids, in order, and the words in a focus-area heading that
 * identify each focus chapter. Headings are found in the text; this table only
 * names them, so a changed heading fails loudly instead of shifting every chapter.
 */
export const FOCUS_CHAPTERS = [
	{ id: 'poverty', headingKey: '脱贫攻坚' },
	{ id: 'city', headingKey: '六城联创' },
	{ id: 'environment', headingKey: '污染防治' },
	{ id: 'projects', headingKey: '项目建设' },
	{ id: 'industry', headingKey: '产业发展' },
	{ id: 'reform', headingKey: '改革创新' },
	{ id: 'safety', headingKey: '安全稳定' },
	{ id: 'livelihoods', headingKey: '民生福祉' }
] as const;

export type FocusChapterId = (typeof FOCUS_CHAPTERS)[number]['id'];

/** Every chapter of the story, in reading order. */
export const CHAPTER_IDS = [
	'intro',
	'framework',
	...FOCUS_CHAPTERS.map((c) => c.id),
	'outlook'
] as const;

export type ChapterId = 'intro' | 'framework' | FocusChapterId | 'outlook';
