/**
 * Official terms of the article and how the English edition renders them, everywhere:
 * a test checks that every paragraph whose Chinese has a term has its English rendering.
 * A gloss explains a term to a reader who does not know it; the English page lists them.
 */
export interface GlossaryEntry {
	/** The term as the Simplified text writes it. */
	zh: string;
	/** Its English rendering, exactly as the translation uses it. */
	en: string;
	/** A short explanation, or null where the rendering says enough. */
	gloss: string | null;
}

export const glossary: readonly GlossaryEntry[] = [
	{
		zh: '两会',
		en: 'Two Sessions',
		gloss:
			'The yearly sessions of the people’s congress and the political consultative conference; here, those of Linfen city.'
	},
	{
		zh: '“1133”发展战略',
		en: '“1133” development strategy',
		gloss:
			'Fenxi County’s development strategy, named by its numbers; the article does not list its parts.'
	},
	{
		zh: '三大攻坚战',
		en: 'three tough battles',
		gloss: 'The national campaigns against major risks, against poverty and against pollution.'
	},
	{
		zh: '六稳',
		en: 'six stabilities',
		gloss:
			'Stable employment, finance, foreign trade, foreign investment, domestic investment and expectations.'
	},
	{ zh: '十三五', en: '13th Five-Year Plan', gloss: 'The national plan for 2016 to 2020.' },
	{
		zh: '十四五',
		en: '14th Five-Year Plan',
		gloss: 'The plan for 2021 to 2025, then being drawn up.'
	},
	{
		zh: '小康社会',
		en: 'moderately prosperous society',
		gloss: 'Xiaokang: the national goal of a society that is well off in all respects.'
	},
	{
		zh: '脱贫攻坚',
		en: 'battle against poverty',
		gloss: 'The national campaign to lift every registered poor household out of poverty.'
	},
	{
		zh: '建档立卡',
		en: 'registered poor',
		gloss: 'On the official register of poor households, each with its own file and card.'
	},
	{
		zh: '六城联创',
		en: 'Six Cities joint campaign',
		gloss: 'A joint campaign to earn six city titles; the article does not name them.'
	},
	{
		zh: '大县城',
		en: 'Big County Town',
		gloss: 'The strategy of growing the county town.'
	},
	{
		zh: '三垣一城',
		en: 'Three Walls, One City',
		gloss: 'The name of the county town’s overall layout; the article does not describe it further.'
	},
	{
		zh: '一区三园',
		en: 'One Zone, Three Parks',
		gloss: 'One development zone with three industrial parks.'
	},
	{
		zh: '扫黑除恶',
		en: 'campaign against organized crime',
		gloss: 'Literally “sweep away the black, remove the evil”: the national campaign against gangs.'
	}
];
