import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from '$lib/extract/convert';

describe('toSimplified', () => {
	it('recovers Simplified text from the naive Traditional', () => {
		expect(toSimplified('本報記者采訪了汾西縣委書記任天順')).toBe(
			'本报记者采访了汾西县委书记任天顺'
		);
	});
});

describe('toTraditional', () => {
	it('corrects the one-to-many characters the naive converter got wrong', () => {
		expect(toTraditional('采访 奋斗目标 剩余')).toBe('採訪 奮鬥目標 剩餘');
	});

	it('converts characters, not vocabulary (s2tw, not s2twp)', () => {
		// Phrase localisation would turn 软件 into 軟體 and 信息 into 資訊.
		expect(toTraditional('软件和信息')).toBe('軟件和信息');
	});

	it('sets Taiwan’s quotation marks, one character for one', () => {
		expect(toTraditional('推进“六城联创”，跑不出‘加速度’')).toBe(
			'推進「六城聯創」，跑不出『加速度』'
		);
	});

	it('writes 編製 for drawing up a plan or a budget, and leaves 編制 (a staffing quota) alone', () => {
		expect(toTraditional('省市编制“十四五”规划，编制预算，编制规划')).toBe(
			'省市編製「十四五」規劃，編製預算，編製規劃'
		);
		expect(toTraditional('人员编制')).toBe('人員編制');
	});

	it('keeps the text length, so offsets carry over', () => {
		const s = '聚焦巩固提升，决胜脱贫攻坚。全面完成剩余211户509名建档立卡贫困人口“脱贫”任务。';
		expect(toTraditional(s)).toHaveLength(s.length);
	});
});
