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

export function toSimplified(text: string): string {
	return traditionalToSimplified(text);
}

export function toTraditional(text: string): string {
	return simplifiedToTaiwan(text);
}
