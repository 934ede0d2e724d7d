/**
 * Place names in English (Hanyu Pinyin, as the places write them in English), by their
 * Simplified names in the map data and the extract. A missing name fails `npm run geo`
 * and the build. One-syllable county names keep “County”, which they cannot do without.
 */
export const places: Record<string, string> = {
	// Provinces.
	山西: 'Shanxi',
	内蒙古: 'Inner Mongolia',
	陕西: 'Shaanxi',
	河北: 'Hebei',
	河南: 'Henan',
	// Shanxi's cities.
	太原市: 'Taiyuan',
	大同市: 'Datong',
	阳泉市: 'Yangquan',
	长治市: 'Changzhi',
	晋城市: 'Jincheng',
	朔州市: 'Shuozhou',
	晋中市: 'Jinzhong',
	运城市: 'Yuncheng',
	忻州市: 'Xinzhou',
	临汾市: 'Linfen',
	吕梁市: 'Lüliang',
	// Linfen's counties, county-level cities and district.
	尧都区: 'Yaodu',
	曲沃县: 'Quwo',
	翼城县: 'Yicheng',
	襄汾县: 'Xiangfen',
	洪洞县: 'Hongtong',
	古县: 'Gu County',
	安泽县: 'Anze',
	浮山县: 'Fushan',
	吉县: 'Ji County',
	乡宁县: 'Xiangning',
	大宁县: 'Daning',
	隰县: 'Xi County',
	永和县: 'Yonghe',
	蒲县: 'Pu County',
	汾西县: 'Fenxi',
	侯马市: 'Houma',
	霍州市: 'Huozhou',
	// Fenxi's townships.
	永安镇: 'Yong’an',
	对竹镇: 'Duizhu',
	勍香镇: 'Qingxiang',
	和平镇: 'Heping',
	僧念镇: 'Sengnian',
	佃坪乡: 'Dianping',
	团柏乡: 'Tuanbai'
};

/** The English name of a place; the build fails on a place we have not named. */
export function placeName(zh: string): string {
	const name = places[zh];
	if (name === undefined) throw new Error(`translation: no English name for the place "${zh}"`);
	return name;
}
