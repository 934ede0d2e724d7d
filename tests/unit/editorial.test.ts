import { stepText } from '$lib/charts/types';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PER_MARK } from '$lib/charts/PeopleUnits/data';
import { toTraditional } from '$lib/extract/convert';
import { parseStory } from '$lib/extract/schema';
import { editionPage, TAIWAN_WORDS } from '$lib/server/editions';
import { article } from '$lib/translation/article';
import { englishParagraph } from '$lib/translation/english';
import { glossary } from '$lib/translation/glossary';

const story = parseStory(JSON.parse(readFileSync('static/data/story.json', 'utf8')));
const pages = [editionPage('zh-Hans'), editionPage('zh-Hant'), editionPage('en')];
const [hans, hant, en] = pages as [
	ReturnType<typeof editionPage>,
	ReturnType<typeof editionPage>,
	ReturnType<typeof editionPage>
];
const figure = (id: string) => story.figures.find((f) => f.id === id)!;

/** Every string of a page's data. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('numbers inside names', () => {
	it('are never a callout’s number: a number cites an amount, or counts a list or a phrase', () => {
		for (const page of pages) {
			for (const chapter of page.chapters) {
				for (const callout of chapter.callouts.filter((c) => c.display)) {
					const where = `${page.lang} ${chapter.id} ${callout.key}`;
					expect(['figure', 'list', 'phrase', 'ratio'], where).toContain(callout.kind);
					if (callout.figure) expect(figure(callout.figure).role, where).toBe('amount');
				}
			}
		}
	});

	it('are set as words where the story shows the name: 1133, 三大, 六稳, 两类, 一区三园', () => {
		const words = (page: typeof hans, id: string) =>
			page.chapters
				.find((c) => c.id === id)!
				.callouts.filter((c) => c.kind === 'words')
				.map((c) => c.words);
		expect(words(hans, 'framework')).toEqual(['“1133”发展战略', '三大攻坚战', '“六稳”工作']);
		expect(words(hans, 'poverty')).toEqual(['“两类户”']);
		expect(words(hans, 'industry')).toEqual(['“一区三园”']);
		expect(words(hant, 'framework')).toEqual(['「1133」發展戰略', '三大攻堅戰', '「六穩」工作']);
		expect(words(en, 'framework')).toEqual([
			'“1133” development strategy',
			'three tough battles',
			'“six stabilities”'
		]);
	});

	it('are no number in a chart’s table: its numbers are amounts, or the scale we chose', () => {
		const amounts = new Set(story.figures.filter((f) => f.role === 'amount').map((f) => f.value));
		for (const page of pages) {
			const tables = Object.values(page.charts).map((c) => c.text.table);
			for (const cell of tables.flatMap((t) => t.rows.flat())) {
				if (typeof cell === 'number') {
					expect(amounts.has(cell) || cell === PER_MARK, `${page.lang}: ${cell}`).toBe(true);
				}
			}
		}
	});

	it('are counted apart from amounts in the method note, as the extract counts them', () => {
		const amounts = story.figures.filter((f) => f.role === 'amount').length;
		const names = story.figures.filter((f) => f.role === 'name').length;
		expect([amounts, names]).toEqual([7, 16]);
		expect(hans.ui.method).toContain(`${amounts + names} 处数字：其中 ${amounts} 处是数量或日期`);
		expect(hant.ui.method).toContain(`${amounts + names} 處數字：其中 ${amounts} 處是數量或日期`);
		expect(en.ui.method).toContain(`${amounts + names} numbers: ${amounts} are amounts or dates`);
		for (const page of pages) expect(page.ui.method).toContain(`${names} `);
	});
});

describe('the poverty share', () => {
	it('is of the remaining registered poor, about 0.3%, with its arithmetic, in every edition', () => {
		const remaining = { 'zh-Hans': '剩余', 'zh-Hant': '剩餘', en: 'remaining' };
		for (const page of pages) {
			const share = page.chapters
				.find((c) => c.id === 'poverty')!
				.callouts.find((c) => c.kind === 'ratio')!;
			expect(share.label.toLowerCase()).toContain(remaining[page.lang]);
			expect(share.detail).toBe('509 ÷ 150,000 ≈ 0.3%');
			const row = page.charts['poverty-units'].text.table.rows.at(-1)!;
			expect(String(row[0]).toLowerCase()).toContain(remaining[page.lang]);
			expect(row[1]).toBe('0.3%');
			expect(page.charts['poverty-units'].text.captions[2]).toContain('≈ 0.3%');
		}
	});
});

describe('the Traditional edition', () => {
	it('quotes with 「」 and 『』, never “” or ‘’, in the article and in our words', () => {
		const all = strings(hant);
		expect(all.filter((s) => /[“”‘’]/u.test(s))).toEqual([]);
		expect(all.join('\n')).toContain('「1133」發展戰略');
	});

	it('writes our words as Taiwan does, and leaves the article as converted', () => {
		const ours = [
			hant.charts['poverty-units'].text.table.label,
			hant.ui.downloads.map,
			hant.ui.share.link,
			hant.chapters[0]!.share.qrAlt
		].join(' ');
		expect(ours).toContain('資料');
		expect(ours).toContain('連結');
		expect(ours).toContain('QR Code');
		const all = strings(hant).join('\n');
		for (const mainland of Object.keys(TAIWAN_WORDS)) expect(all).not.toContain(mainland);
		const steps = hant.chapters.flatMap((c) => c.steps.map((s) => stepText(s, 'zh-Hant')));
		for (const step of steps) expect(story.textHant).toContain(step);
	});
});

describe('the English translation', () => {
	/** Sentences as a reader reads them: ended by . ! ? (and a closing quote), then a space. */
	const sentences = (text: string) => text.split(/(?<=[.!?][”’)]?)\s+(?=[“‘(]?[A-Z0-9])/u);
	const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

	it('has no sentence longer than 60 words', () => {
		const long = Object.keys(article)
			.flatMap((id) => sentences(englishParagraph(id)))
			.filter((s) => words(s) > 60)
			.map((s) => `${words(s)}: ${s.slice(0, 60)}…`);
		expect(long).toEqual([]);
	});

	it('splits the framework’s long sentence into several, within its one step', () => {
		const step = article.p3![3] as string;
		expect(sentences(step).length).toBeGreaterThanOrEqual(5);
	});

	it('quotes every glossary term the Chinese quotes, in one lower-case style', () => {
		for (const term of glossary) {
			const quoted = story.paragraphs.filter((p) => p.text.includes(`“${term.zh}”`));
			for (const p of quoted) {
				expect(englishParagraph(p.id), `${p.id}: “${term.zh}”`).toContain(`“${term.en}”`);
				expect(term.en, term.zh).toBe(term.en.toLowerCase());
			}
		}
	});

	it('quotes at least as often as the Chinese does, paragraph by paragraph', () => {
		const count = (text: string, mark: string) => text.split(mark).length - 1;
		for (const p of story.paragraphs) {
			const english = englishParagraph(p.id);
			expect(count(english, '“'), p.id).toBeGreaterThanOrEqual(count(p.text, '“'));
			expect(count(english, '‘'), p.id).toBeGreaterThanOrEqual(count(p.text, '‘'));
		}
	});

	it('says whose report and when: Linfen’s, the source line May 2020, the dek 2020', () => {
		expect(englishParagraph('p2')).toContain('work report of the Linfen city government');
		expect(en.ui.source).toContain('May 2020');
		expect(en.ui.dek).toContain('in 2020');
		expect(en.ui.dek).not.toContain('this year');
		expect(hans.ui.source).toBe('原文：临汾新闻网，2020年5月');
	});

	it('renders 三垣一城 as loess tablelands, not walls, and 组织 as the Party', () => {
		expect(englishParagraph('p5')).toContain('“three tablelands, one town”');
		expect(englishParagraph('p5')).not.toMatch(/\bwalls?\b/i);
		expect(glossary.find((t) => t.zh === '三垣一城')!.gloss).toContain('loess tableland');
		expect(englishParagraph('p12')).toContain('the Party has placed in us');
		expect(englishParagraph('p12')).not.toContain('organization');
	});
});

describe('the framework overview', () => {
	it('names each area’s anchor, quoted from its chapter’s text, in every edition', () => {
		for (const page of pages) {
			const rows = page.charts['areas-overview'].data.rows;
			expect(rows.map((r) => r.chapter)).toEqual(
				page.chapters.filter((c) => c.number !== null).map((c) => c.id)
			);
			for (const row of rows) {
				const text = page.chapters
					.find((c) => c.id === row.chapter)!
					.steps.map((s) => stepText(s, page.lang))
					.join(' ');
				expect(text, `${page.lang} ${row.chapter}`).toContain(
					row.anchor.parts.map((p) => p.text).join('')
				);
			}
			// The table names them too.
			expect(page.charts['areas-overview'].text.table.rows).toHaveLength(rows.length);
		}
	});

	it('marks only amounts in an anchor', () => {
		const amounts = new Set(
			story.figures
				.filter((f) => f.role === 'amount')
				.flatMap((f) => [f.source, toTraditional(f.source), String(f.value)])
		);
		for (const page of pages) {
			for (const row of page.charts['areas-overview'].data.rows) {
				for (const part of row.anchor.parts.filter((p) => p.amount)) {
					expect(amounts.has(part.text), `${page.lang} ${part.text}`).toBe(true);
				}
			}
		}
	});
});
