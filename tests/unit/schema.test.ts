import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '$lib/extract/schema';

const valid = () => JSON.parse(readFileSync('static/data/story.json', 'utf8'));

describe('parseStory', () => {
	it('accepts the committed extract', () => {
		expect(parseStory(valid()).areas).toHaveLength(8);
	});

	it('names the field that has the wrong type', () => {
		const story = valid();
		story.figures[3].value = '2020';
		expect(() => parseStory(story)).toThrow(
			/^story\.json: figures\.3\.value: Invalid type: Expected number/
		);
	});

	it('names a chapter id that does not exist', () => {
		const story = valid();
		story.areas[0].chapter = 'povrety';
		expect(() => parseStory(story, 'x.json')).toThrow(/^x\.json: areas\.0\.chapter: /);
	});

	it('rejects a span that does not slice to its text', () => {
		const story = valid();
		story.figures[0].start += 1;
		story.figures[0].end += 1;
		expect(() => parseStory(story)).toThrow(
			/story\.json: figures\.intro-5: text at 8–10 is not "五月"/
		);
	});

	it('rejects a paragraph whose Traditional text is not the slice of the whole', () => {
		const story = valid();
		story.paragraphs[1].textHant = story.paragraphs[1].text;
		expect(() => parseStory(story)).toThrow(/paragraphs\.p2\.textHant is not the Traditional text/);
	});

	it('rejects an empty list item', () => {
		const story = valid();
		story.enumerations[0].items[0].text = '';
		expect(() => parseStory(story)).toThrow(/enumerations\.0\.items\.0\.text: /);
	});

	it('rejects a Traditional text of another length', () => {
		const story = valid();
		story.textHant += '。';
		expect(() => parseStory(story)).toThrow(/textHant has \d+ code units, text has \d+/);
	});
});
