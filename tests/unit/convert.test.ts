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

	it('keeps the text length, so offsets carry over', () => {
		const s = '聚焦巩固提升，决胜脱贫攻坚。全面完成剩余211户509名建档立卡贫困人口脱贫任务。';
		expect(toTraditional(s)).toHaveLength(s.length);
	});
});
