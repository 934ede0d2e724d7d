import { describe, expect, it } from 'vitest';
import { scopesIn, splitStylesheet } from '$lib/server/late-styles';

const present = new Set(['svelte-on']);

describe('late styles', () => {
	it('moves the rules of a component absent before the point, and keeps everything else early', () => {
		const css =
			':root{--a:1}*,:before{box-sizing:border-box}.a.svelte-on{color:red}.b.svelte-off{color:blue}.c.svelte-on .d{margin:0}';
		expect(splitStylesheet(css, present)).toEqual({
			early:
				':root{--a:1}*,:before{box-sizing:border-box}.a.svelte-on{color:red}.c.svelte-on .d{margin:0}',
			late: '.b.svelte-off{color:blue}'
		});
	});

	it('keeps a rule early when any of its selectors could match without the absent scope', () => {
		expect(splitStylesheet('.b.svelte-off,.global{color:blue}', present).late).toBe('');
		expect(splitStylesheet('.b.svelte-off,.e.svelte-on{color:blue}', present).late).toBe('');
		expect(splitStylesheet('.b.svelte-off,p.svelte-off2{color:blue}', present).late).toBe(
			'.b.svelte-off,p.svelte-off2{color:blue}'
		);
	});

	it('counts only the scopes a match must have: not those in :not(), :is() or :has(); those in :where()', () => {
		expect(splitStylesheet('.a.svelte-on:not(.svelte-off){color:red}', present).late).toBe('');
		expect(splitStylesheet('.a:is(.svelte-off,.b){color:red}', present).late).toBe('');
		expect(splitStylesheet('.a:has(.svelte-off){color:red}', present).late).toBe('');
		expect(splitStylesheet('p:where(.svelte-off){color:red}', present).late).toBe(
			'p:where(.svelte-off){color:red}'
		);
		// One present scope does not keep a rule early that also needs an absent one.
		expect(splitStylesheet('.a.svelte-on .b:where(.svelte-off){color:red}', present).late).toBe(
			'.a.svelte-on .b:where(.svelte-off){color:red}'
		);
	});

	it('splits @media, @supports and @container groups, keeping their conditions on both sides', () => {
		const css =
			'@media (width>=48rem){.a.svelte-on{gap:1px}.b.svelte-off{gap:2px}}@container g (height<=22rem){.b.svelte-off{gap:3px}}';
		expect(splitStylesheet(css, present)).toEqual({
			early: '@media (width>=48rem){.a.svelte-on{gap:1px}}',
			late: '@media (width>=48rem){.b.svelte-off{gap:2px}}@container g (height<=22rem){.b.svelte-off{gap:3px}}'
		});
	});

	it('keeps keyframes, font faces and nested rules whole and early', () => {
		const css =
			'@keyframes svelte-off-fade{0%{opacity:0}to{opacity:1}}.b.svelte-off{&:hover{color:red}}@font-face{font-family:x}';
		expect(splitStylesheet(css, present)).toEqual({ early: css, late: '' });
	});

	it('reads past braces and commas in strings and comments', () => {
		const css = '.b.svelte-off:after{content:"{,}"}/* } */.a.svelte-on{content:\'}\'}';
		expect(splitStylesheet(css, present)).toEqual({
			early: "/* } */.a.svelte-on{content:'}'}",
			late: '.b.svelte-off:after{content:"{,}"}'
		});
	});

	it('says where a stylesheet is cut short', () => {
		expect(() => splitStylesheet('.a{color:red', present)).toThrow(
			'late styles: a block opened at character 2 is never closed'
		);
		expect(() => splitStylesheet('.a{content:"x}', present)).toThrow(
			'late styles: a string or comment at character 11 never ends'
		);
	});

	it("finds the scoping classes of a page's elements", () => {
		expect(
			scopesIn('<p class="a svelte-on">x</p><div class="svelte-two b"></div><i class="svelte"></i>')
		).toEqual(new Set(['svelte-on', 'svelte-two']));
	});
});
