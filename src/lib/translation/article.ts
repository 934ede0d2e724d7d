/**
 * The article in English, translated by us in full: one entry per paragraph of the
 * extract (keyed by its id), one entry per sentence of that paragraph, so that the
 * English story steps through the same sentences as the Chinese one. A focus area’s
 * heading sentence is split like the Chinese heading: the area, then its aim.
 * Terms of the glossary are rendered as it says; the build fails on a missing or extra
 * paragraph or sentence.
 */
export type EnglishSentence = string | readonly [first: string, second: string];

export const article: Record<string, readonly EnglishSentence[]> = {
	p1: [
		'Linfen News Network: In May, spring sunshine lies bright over the land of Fenxi, and everything is full of life.',
		'Recently, our reporter interviewed Ren Tianshun (任天顺), deputy director of the Standing Committee of the Linfen Municipal People’s Congress and Party secretary of Fenxi County, on how to carry out in depth the spirit of the city’s “two sessions” and put the decisions and plans of the city’s “two sessions” into practice to a high standard.'
	],
	p2: [
		'Ren told the reporter that this year’s work report of the Linfen city government did not quote the classics, still less pile up ornate phrases. In a plain style and a sober tone, with full substance and a practical approach, it laid out a scientific plan for the whole year’s work, and it gave much space and heavy ink to careful arrangements for this year’s key tasks.',
		'The report as a whole takes a high political standpoint and plans its work precisely; its review of past work is comprehensive and objective, and its analysis of problems candid and down to earth. It sets goals to strive for that fit reality, and concrete directions for effort.'
	],
	p3: [
		'“As we walk along Fenxi Avenue, our steps are calm and firm.',
		'Shouting slogans will not get you ‘acceleration’; without stepping on the gas you will not feel the ‘push in the back’.',
		'We will judge heroes by results and measure ourselves by outcomes, and with real, solid action strive to do Fenxi’s work better!”',
		'Ren said that in 2020 Fenxi County would earnestly carry out the spirit of the city’s “two sessions”. Keeping closely to the decisions and plans of the city’s Party committee and government, grounded in the county’s conditions and in step with public opinion, it would focus on the goal of building a new Fenxi that is prosperous, civilized, harmonious and beautiful. It would press on with the “1133” development strategy and bring out tough moves, practical moves and masterstrokes; speed up building a modern economic system; resolutely fight the three tough battles; and fully deliver the “six stabilities”. It would advance as a whole the work to ensure steady growth, promote reform, adjust the economic structure, improve people’s livelihoods, guard against risks and maintain stability, and keep the economy running within a reasonable range. With the drive of someone who jumps to pick a peach (reaching for a goal set just out of reach), it would strive to give the county’s economy wings to take off and its development strong support. It would make sure that the “13th five-year plan” comes to a successful close, and that Fenxi completes building a moderately prosperous society in all respects in step with the nation, the province and the city, in a way the people endorse and that stands the test of history.',
		'Specifically, this year the county would go all out to do its work well in eight areas.'
	],
	p4: [
		['Focus on consolidating and raising the gains', 'win the battle against poverty'],
		'Taking a two-pronged approach of “reducing poverty and preventing poverty”, the county will complete the task of lifting out of poverty all of the remaining 509 registered poor people, in 211 households.',
		'It will strengthen the continuous monitoring of the “two kinds of households”, those under post-poverty monitoring and those on the edge of poverty, and guard strictly against the “risk of falling back into poverty”.',
		'It will coordinate development-oriented poverty relief with a social safety net, and explore an early-warning mechanism against poverty and a long-term mechanism for tackling relative poverty. It will step up its work for relatively poor groups in industry and jobs, education and health care, and housing and old-age care, and join the battle against poverty seamlessly to rural revitalization.'
	],
	p5: [
		['Focus on raising quality', 'advance the “six-city joint campaign”'],
		'The county will keep implementing its “big county town” strategy and build a new county town that is ecological, livable and civilized.',
		'Following the overall layout of “three tablelands, one town”, it will link south and expand west, widen the town’s framework, and push the town to grow in size and quality.',
		'It will push hard on urban construction: speeding up the supporting facilities of Fenxi Middle School, Fenxi Grand Hospital and the Happiness Home for the Elderly, and delivering the construction projects of Gulou Square, the farmers’ market, the Second Heat Source Plant and the taxi station.',
		'It will carry out ecological greening projects, start work on the Shenjiazhuang Reservoir and its connecting section, and plan and build the Magou River Ecological Water Park.'
	],
	p6: [
		['Focus on preventing and controlling pollution', 'improve the ecological environment'],
		'The county will push ahead across the board with clean-heating projects such as central heating for the town, coal-to-gas and coal-to-electricity, for a marked improvement in air quality.',
		'It will tackle water pollution: bringing water sources up to standard, treating sewage around the county town, and tightening supervision of sewage treatment plants and landfills.',
		'It will strengthen the supervision of the soil environment, actively clean up the sites where solid waste is stored and prevent heavy-metal pollution, set up a long-term mechanism for control at the source, and protect Fenxi’s green waters and green mountains.'
	],
	p7: [
		['Focus on building projects', 'foster drivers of growth'],
		'Holding that “projects are king”, the county will seize the favourable opportunities as the nation expands effective investment and as the province and the city draw up the “14th five-year plan”. It will compete for policies, compete for projects and compete for funds, and line up, sign and launch a batch of big, good projects that can become new sources of economic growth.',
		'It will deliver the 29 key projects set for this year: prepare early, deploy early, start early. It will make responsibility for each project stick, speed up construction, schedule backwards from the deadline and work to a wall chart, and get projects on the ground sooner so that they pay off sooner.'
	],
	p8: [
		['Focus on transformation and upgrading', 'speed up industrial development'],
		'The county will speed up building its development zone and, with the industrial cluster zone as the breakthrough, build a “one zone, three parks” layout.',
		'It will grow its distinctive industries, such as broiler chickens, walnuts, Yuluxiang pears and solar power, and guide leading companies such as Hongchang Breeding, Jinxi Walnut and Gaohan Farming and Herding, as well as specialized cooperatives, to widen their markets and complete their supply chains.',
		'It will bring culture and tourism together, dig deep for the cultural symbols that reflect Fenxi’s character, vigorously promote cultural brands such as Weifeng gongs and drums and the lion dance, and sharpen the core competitiveness of its culture and tourism industry.'
	],
	p9: [
		['Focus on breaking bottlenecks', 'deepen reform and innovation'],
		'Holding that “reform is essential and innovation comes first”, the county will deepen the reform of the fiscal and tax system, carry out the policies that cut taxes and fees, improve the rules for budget performance management, and integrate budgeting and performance management.',
		'It will build and improve systems and mechanisms suited to high-quality development. Focusing on the key and difficult problems that the county’s economic and social development faces, historical, accumulated and bottleneck problems alike, it will concentrate its forces to clear the blockages and break through the difficulties, turning the strengths of the system into effective governance and momentum for development.'
	],
	p10: [
		['Focus on preventing and controlling risks', 'safeguard security and stability'],
		'The county will prevent and control hidden risks in every field as a matter of routine: guarding against financial risks, strengthening emergency management, ensuring workplace safety, improving the management of public environmental hygiene and guarding strictly against infection with the novel coronavirus, to protect people’s physical and mental health.',
		'It will strengthen and improve its work on petitions, mediation and stability maintenance (petitions, or xinfang, are the system through which citizens take complaints to the authorities; stability maintenance, or weiwen, is the work of heading off unrest). It will press ahead with building a Safe Fenxi and a Fenxi under the rule of law, and continue the special campaign against organized crime, to keep people’s lives and property safe and society as a whole stable.'
	],
	p11: [
		['Focus on what concerns the people', 'improve people’s well-being'],
		'Holding to a people-centred philosophy of development, and closely following the change in the principal contradiction of society (in Party doctrine, the main problem the country has to solve), the county will make up the shortfalls in people’s livelihoods.',
		'It will widen the channels of employment, give priority to education, deepen the reform of the medical and health system and raise the level of social security, steadily increasing people’s sense of gain (their sense of sharing in what development brings), sense of happiness and sense of security.'
	],
	p12: [
		'The war drums are beating, urging everyone forward.',
		'Ren said: “This year we must treasure all the more the opportunity and the stage our times have given us, and treasure all the more the trust and high hopes the Party has placed in us. We must treasure all the more the hopes and the charge of the county’s 150,000 fellow townspeople, and treasure all the more the hard-won fine situation of sound government, harmony among the people and an honest, upright climate. Seizing the day and working in earnest, we will keep pursuing our dream and strive to do Fenxi’s work better, so that ordinary people’s lives grow ever more comfortable and prosperous, and make new and greater contributions to building a new Fenxi that is prosperous, civilized, harmonious and beautiful.”'
	],
	p13: ['Reporter: Wang Dezheng'],
	p14: ['Editor: Ji Zheng']
};
