import { describe, expect, it } from 'vitest';
import { relativeTo } from '$lib/urls';

describe('relativeTo', () => {
	const site = 'http://localhost:4173';
	const map = (base = '') => new URL(`${site}${base}/map/locator.svg`);
	const from = (path: string) => relativeTo(new URL(`${site}${path}`), map());

	it('goes from the folder of a page, or of a file beside it, to the target', () => {
		expect(from('/')).toBe('./map/locator.svg');
		expect(from('/islands.json')).toBe('./map/locator.svg');
		expect(from('/en/')).toBe('../map/locator.svg');
		expect(from('/en/islands.json')).toBe('../map/locator.svg');
		expect(from('/en/embed/islands.json')).toBe('../../map/locator.svg');
		expect(from('/embed/chart/locator-map/')).toBe('../../../map/locator.svg');
	});

	it('goes no further up than the folders the page and the target share', () => {
		const base = '/interactive/fenxi-2020';
		const at = (path: string) => relativeTo(new URL(`${site}${base}${path}`), map(base));
		expect(at('/')).toBe('./map/locator.svg');
		expect(at('/zh-hant/')).toBe('../map/locator.svg');
		expect(relativeTo(new URL(`${site}/map/`), map())).toBe('./locator.svg');
		expect(relativeTo(new URL(`${site}/a/b/`), new URL(`${site}/a/c/d.svg?v=1#x`))).toBe(
			'../c/d.svg?v=1#x'
		);
	});

	it('refuses a target on another origin', () => {
		expect(() => relativeTo(new URL(`${site}/`), new URL('https://example.com/map.svg'))).toThrow(
			'urls: https://example.com/map.svg is on another origin than http://localhost:4173/'
		);
	});
});
