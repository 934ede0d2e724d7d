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
		en: 'two sessions',
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
		zh: '跳起来摘桃子',
		en: 'jumps to pick a peach',
		gloss: 'A saying: to reach for a goal set just out of reach, which takes a jump.'
	},
	{
		zh: '三大攻坚战',
		en: 'three tough battles',
		gloss:
			'The national campaigns against major risks, poverty and pollution; the article names them only by this name.'
	},
	{
		zh: '六稳',
		en: 'six stabilities',
		gloss:
			'The national goal of stable employment, finance, foreign trade, foreign investment, domestic investment and expectations; the article does not list them.'
	},
	{
		zh: '十三五',
		en: '13th five-year plan',
		gloss: 'The five-year plan for 2016 to 2020, national and local.'
	},
	{
		zh: '十四五',
		en: '14th five-year plan',
		gloss: 'The five-year plan for 2021 to 2025, which the province and the city were drawing up.'
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
		en: 'six-city joint campaign',
		gloss: 'A joint campaign to earn six city titles; the article does not name them.'
	},
	{
		zh: '大县城',
		en: 'big county town',
		gloss: 'A strategy of growing the county town; the article does not describe it further.'
	},
	{
		zh: '三垣一城',
		en: 'three tablelands, one town',
		gloss:
			'Yuan (垣) is the local word for a loess tableland, the flat land between the gullies of this part of Shanxi; the name joins three of them to the county town. The article does not say which they are or describe the layout further.'
	},
	{
		zh: '一区三园',
		en: 'one zone, three parks',
		gloss: 'A layout of one development zone and three parks; the article does not name the parks.'
	},
	{
		zh: '信访',
		en: 'petitions',
		gloss: 'Xinfang: the system through which citizens take complaints to the authorities.'
	},
	{
		zh: '维稳',
		en: 'stability maintenance',
		gloss: 'Weiwen: the authorities’ work of heading off unrest.'
	},
	{
		zh: '扫黑除恶',
		en: 'campaign against organized crime',
		gloss: 'Literally “sweep away the black, remove the evil”: the national campaign against gangs.'
	},
	{
		zh: '主要矛盾',
		en: 'principal contradiction',
		gloss:
			'In Party doctrine, the main problem a society has to solve at a stage of its development; the article does not say what it is now.'
	},
	{
		zh: '获得感',
		en: 'sense of gain',
		gloss: 'A term of official speech: people’s sense of sharing in what development brings.'
	},
	{
		zh: '组织',
		en: 'the Party',
		gloss: 'Literally “the organization”: the Party, as its members speak of it.'
	}
];
