import { describe, expect, it } from 'vitest';
import { allNames, DOMAIN_NAMES, DOMAIN_SITES, type DomainNames } from './domain-names.fixture';
import { buildSearchIndex, deserializeSearchIndex, SEARCH_INDEX_VERSION, serializeSearchIndex, type SearchDocument, type SearchIndex } from './search-index';
import { groupBySection } from './search-groups';
import { searchIndex } from './search-query';

const sectionOf = (place: DomainNames): SearchDocument['section'] => (DOMAIN_SITES.includes(place) ? 'sites' : 'stops');
const topId = (index: SearchIndex, query: string) => searchIndex(index, query)[0]?.id;
const ids = (index: SearchIndex, query: string) => searchIndex(index, query).map((result) => result.id);

/**
 * Names left out of the English-only case, and why: their words are translations ("cathedral",
 * "mosque") or another name, which no spelling rule links to the English name. Real records carry
 * every language, and then these are found too. `properName`: the part that finds it alone.
 */
const NOT_FOUND_FROM_ENGLISH_ALONE: Record<string, { reason: string; properName?: string }> = {
  Bakı: { reason: 'four letters, so no typo is forgiven, and ı is not the u of Baku (taken from Russian Баку)' },
  Кубатлы: { reason: 'another name (Kubatly): k/g and t/d are two differences from Gubadly' },
  'Սուրբ Ամենափրկիչ Ղազանչեցոց': { reason: '"Holy All-Saviour" is translated, not transliterated', properName: 'Ղազանչեցոց' },
  'Qazançı kilsəsi': { reason: 'kilsəsi is "church", a word the English name lacks', properName: 'Qazançı' },
  'собор Газанчецоц': { reason: 'собор is "cathedral"', properName: 'Газанчецоц' },
  'Վերին մզկիթ': { reason: '"Upper mosque", wholly translated: no word of it is in the English name' },
  'Yuxarı Gövhər Ağa məscidi': { reason: 'məscidi is "mosque"', properName: 'Yuxarı Gövhər Ağa' },
  'мечеть Юхары Говхар-ага': { reason: 'мечеть is "mosque"', properName: 'Юхары Говхар-ага' },
  // Աղդամի alone is "Agdam's": it rightly finds the town first.
  'Աղդամի մզկիթ': { reason: 'մզկիթ is "mosque"' },
  'Ağdam Cümə məscidi': { reason: 'məscidi is "mosque"', properName: 'Ağdam Cümə' },
  'Джума-мечеть Агдама': { reason: 'мечеть is "mosque"', properName: 'Джума Агдама' },
  'Ազոխի քարանձավ': { reason: 'քարանձավ is "cave"', properName: 'Ազոխի' },
  'Azıx mağarası': { reason: 'mağarası is "cave"', properName: 'Azıx' },
  'Азыхская пещера': { reason: 'пещера is "cave"', properName: 'Азыхская' },
};

describe('searchIndex: every docs/domain.md name finds its place first', () => {
  // The hard case: one document per place holding only its English name, e.g. "Stepanakert (Khankendi)".
  const englishOnly = buildSearchIndex(DOMAIN_NAMES.map((place) => ({ section: sectionOf(place), id: place.id, texts: [place.english] })));
  // How real records look: every name in every language.
  const everyName = buildSearchIndex(
    DOMAIN_NAMES.map((place) => ({ section: sectionOf(place), id: place.id, texts: [place.english, ...allNames(place)] })),
  );
  const cases = DOMAIN_NAMES.flatMap((place) =>
    (['en', 'hy', 'az', 'ru'] as const).flatMap((language) => place[language].map((name) => ({ id: place.id, language, name }))),
  );

  it('has a case for every place, route town and heritage site', () => {
    expect(new Set(cases.map((entry) => entry.id)).size).toBe(28);
    expect(Object.keys(NOT_FOUND_FROM_ENGLISH_ALONE).every((name) => cases.some((entry) => entry.name === name))).toBe(true);
  });

  it.each(cases.filter((entry) => !(entry.name in NOT_FOUND_FROM_ENGLISH_ALONE)))(
    'finds $id from its $language name "$name" in English-only documents',
    ({ id, name }) => {
      expect(topId(englishOnly, name)).toBe(id);
    },
  );

  // Names whose translated words cannot meet an English-only document are still found from the
  // proper name inside them; and real records carry every language (the test below).
  it.each(
    Object.entries(NOT_FOUND_FROM_ENGLISH_ALONE)
      .filter(([, exception]) => exception.properName !== undefined)
      .map(([name, exception]) => ({ name, properName: exception.properName!, id: cases.find((entry) => entry.name === name)!.id })),
  )('finds $id in English-only documents from "$properName", the proper name in "$name"', ({ id, properName }) => {
    expect(topId(englishOnly, properName)).toBe(id);
  });

  it.each(cases)('finds $id from its $language name "$name" in documents with every name', ({ id, name }) => {
    expect(topId(everyName, name)).toBe(id);
  });

  it('finds the places of the issue from each of their five spellings', () => {
    for (const name of ['Shusha', 'Şuşa', 'Shushi', 'Шуша', 'Շուշի']) expect(topId(englishOnly, name), name).toBe('shushi');
    for (const name of ['Khankendi', 'Stepanakert', 'Степанакерт', 'Ստեփանակերտ', 'Xankəndi']) {
      expect(topId(englishOnly, name), name).toBe('stepanakert');
    }
  });
});

describe('searchIndex: matching', () => {
  const index = buildSearchIndex([
    { section: 'stops', id: 'stepanakert', texts: ['Stepanakert (Khankendi)'] },
    { section: 'stops', id: 'akna', texts: ['Akna'] },
    { section: 'stops', id: 'vayk', texts: ['Vayk'] },
    { section: 'hazards', id: 'agdam-accident', texts: ['Mine accident near Agdam'] },
    { section: 'hazards', id: 'fizuli-accident', texts: ['Mine accident near Fizuli'] },
    { section: 'hazards', id: 'agdam-released', texts: ['Released land in Agdam'] },
    { section: 'hazards', id: 'askeran-survey', texts: ['Обследование полей к востоку от Аскерана'] },
  ]);

  it('folds case and diacritics', () => {
    for (const query of ['STEPANAKERT', 'stepanakert', 'Stépanakért', 'XANKƏNDİ', 'СТЕПАНАКЕРТ']) expect(topId(index, query), query).toBe('stepanakert');
  });

  it('forgives one slip in a word of five letters or more: substitution, insertion, deletion, swap', () => {
    for (const query of ['Stepanakrt', 'Stepanakiert', 'Stepanakwrt', 'Stepanaketr', 'Khankendo', 'Степанакрет']) {
      expect(topId(index, query), query).toBe('stepanakert');
    }
  });

  it('forgives two slips in a word of eight letters or more, never three', () => {
    expect(ids(index, 'Stepanokrt')).toEqual(['stepanakert']);
    expect(ids(index, 'Stepnakrt')).toEqual(['stepanakert']);
    expect(ids(index, 'Khnkenfi')).toEqual(['stepanakert']);
    expect(ids(index, 'Stepnokrt')).toEqual([]);
    expect(ids(index, 'Stepanakrtt')).toEqual(['stepanakert']); // doubled letters are one letter
  });

  it('forgives no slip in a word of four letters, but a letter missing from one of five', () => {
    expect(topId(index, 'Akna')).toBe('akna');
    expect(ids(index, 'Akma')).toEqual([]);
    expect(ids(index, 'Vayl')).toEqual([]);
    expect(ids(index, 'Vak')).toEqual([]);
    const five = buildSearchIndex([{ section: 'places', id: 'agdam', texts: ['Agdam'] }]);
    expect(ids(five, 'Agam')).toEqual(['agdam']);
    expect(ids(five, 'Agm')).toEqual([]);
  });

  it('tries a prefix with a typo only when nothing closer matched', () => {
    const withLookalike = buildSearchIndex([
      { section: 'stops', id: 'shusha', texts: ['Shusha'] },
      { section: 'hazards', id: 'suspected', texts: ['Şübhəli ərazi'] },
      { section: 'sites', id: 'ghazanchetsots', texts: ['Ghazanchetsots Cathedral'] },
    ]);
    // "shubha…" is a prefix with one typo of "shusha", yet Shusha itself is there.
    expect(ids(withLookalike, 'Shusha')).toEqual(['shusha']);
    expect(ids(withLookalike, 'Şübhəli')).toEqual(['suspected']);
    expect(ids(withLookalike, 'Qazançı')).toEqual(['ghazanchetsots']);
  });

  it('matches a prefix in any script', () => {
    for (const query of ['Stepan', 'Степан', 'Ստեփան', 'Xank']) expect(topId(index, query), query).toBe('stepanakert');
  });

  it('finds an inflected word from its base form and a base form from an inflected query', () => {
    expect(topId(index, 'Askeran')).toBe('askeran-survey');
    expect(topId(index, 'Ստեփանակերտում')).toBe('stepanakert');
    expect(topId(index, 'Xankəndidə')).toBe('stepanakert');
  });

  it('requires every word of the query (AND) and ranks by their sum', () => {
    expect(ids(index, 'agdam mine')).toEqual(['agdam-accident']);
    expect(ids(index, 'Mine Fizuli')).toEqual(['fizuli-accident']);
    expect(ids(index, 'agdam')).toEqual(['agdam-accident', 'agdam-released']);
    expect(ids(index, 'agdam land released')).toEqual(['agdam-released']);
    expect(ids(index, 'agdam shusha')).toEqual([]);
  });

  it('returns nothing for a query without letters or digits, and at most `limit` results', () => {
    expect(searchIndex(index, '  — , ')).toEqual([]);
    expect(searchIndex(index, 'accident', 1)).toHaveLength(1);
    expect(searchIndex(index, 'accident', 0)).toEqual([]);
    expect(searchIndex(buildSearchIndex([]), 'Stepanakert')).toEqual([]);
  });
});

describe('searchIndex: ranking', () => {
  const index = buildSearchIndex([
    { section: 'stops', id: 'typo', texts: ['Kelbajor'] },
    { section: 'stops', id: 'description', texts: ['Bus station', 'Buses leave for Kelbajar at nine'], nameCount: 1 },
    { section: 'stops', id: 'prefix-long', texts: ['Kelbajarlilar'] },
    { section: 'stops', id: 'prefix-short', texts: ['Kelbajarli'] },
    { section: 'stops', id: 'exact', texts: ['Kelbajar'] },
    { section: 'stops', id: 'vowel', texts: ['Kəlbəcər'] },
    { section: 'stops', id: 'exact-longer-name', texts: ['Kelbajar central bus station'] },
  ]);

  it('puts exact words first (shorter names first), then the same word but for a/e, then prefixes, then typos, then other text', () => {
    expect(ids(index, 'Kelbajar')).toEqual(['exact', 'exact-longer-name', 'vowel', 'prefix-short', 'prefix-long', 'typo', 'description']);
  });

  it('gives strictly higher scores to better matches', () => {
    const scores = searchIndex(index, 'Kelbajar').map((result) => result.score);
    expect(scores.every((score, i) => i === 0 || score < scores[i - 1]!)).toBe(true);
  });
});

describe('groupBySection', () => {
  it('groups results by kind, places first, then hazards, contacts, sites and stops, keeping their order', () => {
    const index = buildSearchIndex([
      { section: 'stops', id: 'stop-agdam', texts: ['Agdam'] },
      { section: 'hazards', id: 'hz-agdam', texts: ['Mine accident near Agdam', 'Agdam'], nameCount: 1 },
      { section: 'sites', id: 'site-agdam-mosque', texts: ['Agdam Juma mosque'] },
      { section: 'contacts', id: 'ct-anama', texts: ['ANAMA', 'Mine action in Agdam and elsewhere'], nameCount: 1 },
      { section: 'sites', id: 'site-azykh', texts: ['Azykh cave', 'Near Agdam'], nameCount: 1 },
      { section: 'places', id: 'agdam', texts: ['Agdam (Akna)'] },
      { section: 'stops', id: 'stop-goris', texts: ['Goris'] },
    ]);
    const results = searchIndex(index, 'Agdam');
    const groups = groupBySection(results);
    expect(groups.map((group) => group.section)).toEqual(['places', 'hazards', 'contacts', 'sites', 'stops']);
    expect(groups[3]!.results.map((result) => result.id)).toEqual(['site-agdam-mosque', 'site-azykh']);
    expect(groups.flatMap((group) => group.results)).toHaveLength(results.length);
  });

  it('returns no groups for no results', () => {
    expect(groupBySection([])).toEqual([]);
  });
});

describe('the stored index', () => {
  const documents: SearchDocument[] = DOMAIN_NAMES.map((place) => ({ section: sectionOf(place), id: place.id, texts: allNames(place) }));
  const index = buildSearchIndex(documents);
  const queries = ['Şuşa', 'Ստեփան', 'Kelbecer', 'Ходжалы', 'monastery', 'Qazançı kilsəsi'];

  it('is plain JSON: it survives JSON and structured cloning unchanged', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(structuredClone(index)).toEqual(index);
  });

  it('answers the same after a round trip through JSON text or a structured clone', () => {
    const fromText = deserializeSearchIndex(serializeSearchIndex(index));
    const fromClone = deserializeSearchIndex(structuredClone(index));
    expect(fromText).toBeDefined();
    expect(fromClone).toBeDefined();
    for (const query of queries) {
      expect(searchIndex(fromText!, query), query).toEqual(searchIndex(index, query));
      expect(searchIndex(fromClone!, query), query).toEqual(searchIndex(index, query));
    }
  });

  it('is refused when damaged or from another version, so the caller rebuilds it', () => {
    expect(deserializeSearchIndex('{not json')).toBeUndefined();
    expect(deserializeSearchIndex(null)).toBeUndefined();
    expect(deserializeSearchIndex({ ...index, version: SEARCH_INDEX_VERSION + 1 })).toBeUndefined();
    expect(deserializeSearchIndex({ ...index, docIds: index.docIds.slice(1) })).toBeUndefined();
    expect(deserializeSearchIndex({ ...index, postings: [[index.docIds.length * 2], ...index.postings.slice(1)] })).toBeUndefined();
    expect(deserializeSearchIndex({ ...index, words: [1, ...index.words.slice(1)] })).toBeUndefined();
  });
});
