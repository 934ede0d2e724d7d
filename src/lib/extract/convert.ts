import * as OpenCC from 'opencc-js';

/**
 * Script conversion with OpenCC, at build time only.
 * The source went through a naive character-by-character Simplified→Traditional converter,
 * so Traditional→Simplified recovers the original; the Traditional edition is then made
 * afresh from the Simplified with OpenCC's phrase-aware Taiwan character standard (s2tw),
 * which picks the right form where one Simplified character has several (采访 → 採訪,
 * 奋斗 → 奮鬥, 剩余 → 剩餘) without localising vocabulary (that would be s2twp).
 */
const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const simplifiedToTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Taiwan's quotation marks, one character for one, so that offsets carry over. */
const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/**
 * 编制 is 編製 where it means drawing up a plan or a budget (編制 is a staffing quota), which
 * OpenCC's characters do not tell apart: before a plan's name, quoted or not, or 规划, 预算.
 */
const DRAW_UP = /編制(?=[「『]?(?:十[一二三四五六七八九]五|規劃|計畫|計劃|預算))/gu;

export function toSimplified(text: string): string {
	return traditionalToSimplified(text);
}

/** Taiwan's Traditional characters and quotation marks, the text as long as before. */
export function toTraditional(text: string): string {
	return simplifiedToTaiwan(text)
		.replace(/[“”‘’]/gu, (q) => QUOTES[q]!)
		.replace(DRAW_UP, '編製');
}
