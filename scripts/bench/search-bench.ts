// Search speed over 5,000 synthetic multilingual records. Plain TypeScript with no Node API, so the
// same function can run under tsx or in a browser page.
import { allNames, DOMAIN_NAMES, type DomainNames } from '../../src/features/search/domain-names.fixture';
import { TYPED_SPELLINGS } from '../../src/features/search/typed-spellings.fixture';
import { buildSearchIndex, deserializeSearchIndex, serializeSearchIndex, SEARCH_SECTIONS, type SearchDocument } from '../../src/features/search/search-index';
import { searchIndex } from '../../src/features/search/search-query';
import { seededRandom } from '../../src/testing/seeded-random';

const DOCUMENTS = 5_000;
const QUERIES = 500;
const SEED = 20201110;

type Language = 'en' | 'hy' | 'az' | 'ru';
const LANGUAGES: readonly Language[] = ['en', 'hy', 'az', 'ru'];

// Real words of the feed's titles and descriptions, so that common words have long postings.
const COMMON_WORDS: Record<Language, string[]> = {
  en: ['mine', 'accident', 'near', 'road', 'field', 'suspected', 'hazardous', 'area', 'released', 'land', 'unexploded', 'ordnance', 'bus', 'station', 'church', 'monastery', 'mosque', 'east', 'west', 'north', 'south', 'of', 'the', 'in', 'late', 'survey', 'clearance', 'help', 'delegation', 'emergency'],
  hy: ['ական', 'պայթյուն', 'մոտ', 'ճանապարհ', 'դաշտ', 'կասկածելի', 'վտանգավոր', 'տարածք', 'քաղաք', 'չպայթած', 'զինամթերք', 'ավտոկայան', 'եկեղեցի', 'վանք', 'մզկիթ', 'արևելք', 'արևմուտք', 'հյուսիս', 'հարավ', 'և', 'օգնություն', 'պատվիրակություն'],
  az: ['mina', 'partlayışı', 'yaxınlığında', 'yol', 'sahə', 'şübhəli', 'təhlükəli', 'ərazi', 'şəhər', 'partlamamış', 'sursat', 'avtovağzal', 'kilsə', 'monastır', 'məscid', 'şərq', 'qərb', 'şimal', 'cənub', 'və', 'yardım', 'nümayəndəlik'],
  ru: ['мина', 'подрыв', 'возле', 'дорога', 'поле', 'предполагаемый', 'опасный', 'район', 'город', 'неразорвавшиеся', 'боеприпасы', 'автовокзал', 'церковь', 'монастырь', 'мечеть', 'восток', 'запад', 'север', 'юг', 'и', 'помощь', 'делегация'],
};

// Letters to make up further words from, so the vocabulary grows as real data's would.
const CONSONANTS: Record<Language, string[]> = {
  en: ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'ch', 'kh', 'ts', 'j'],
  hy: ['բ', 'գ', 'դ', 'զ', 'թ', 'ժ', 'լ', 'խ', 'ծ', 'կ', 'հ', 'ձ', 'ղ', 'ճ', 'մ', 'ն', 'շ', 'չ', 'պ', 'ջ', 'ռ', 'ս', 'վ', 'տ', 'ր', 'ց', 'փ', 'ք', 'ֆ'],
  az: ['b', 'c', 'ç', 'd', 'f', 'g', 'ğ', 'h', 'x', 'j', 'k', 'q', 'l', 'm', 'n', 'p', 'r', 's', 'ş', 't', 'v', 'y', 'z'],
  ru: ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ц', 'ч', 'ш', 'щ'],
};
const VOWELS: Record<Language, string[]> = {
  en: ['a', 'e', 'i', 'o', 'u', 'y'],
  hy: ['ա', 'ե', 'է', 'ը', 'ի', 'ո', 'ու', 'օ'],
  az: ['a', 'e', 'ə', 'i', 'ı', 'o', 'ö', 'u', 'ü'],
  ru: ['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я'],
};
// Made-up words per language: about the vocabulary of a real 5,000-record dataset.
const INVENTED_WORDS_PER_LANGUAGE = 3_000;


/**
 * 5,000 synthetic multilingual records, the same for the same random source: a title in four
 * languages naming a place of docs/domain.md ("<word> near Ağdam <word>"), and for most a
 * description in four languages, as hazards, contacts and sites have.
 */
export function syntheticSearchDocuments(random: () => number): { documents: SearchDocument[]; places: DomainNames[]; titles: string[][] } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const inventWord = (language: Language) => {
    let word = '';
    for (let syllables = 2 + Math.floor(random() * 3); syllables > 0; syllables--) word += pick(CONSONANTS[language]) + pick(VOWELS[language]);
    return random() < 0.5 ? word + pick(CONSONANTS[language]) : word;
  };
  const invented = Object.fromEntries(
    LANGUAGES.map((language) => [language, Array.from({ length: INVENTED_WORDS_PER_LANGUAGE }, () => inventWord(language))]),
  ) as Record<Language, string[]>;
  const someWord = (language: Language) => (random() < 0.4 ? pick(COMMON_WORDS[language]) : pick(invented[language]));
  const phrase = (language: Language, words: number) => Array.from({ length: words }, () => someWord(language)).join(' ');

  const documents: SearchDocument[] = [];
  const places: DomainNames[] = [];
  const titles: string[][] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const place = pick(DOMAIN_NAMES);
    places.push(place);
    const names = LANGUAGES.map((language) => `${phrase(language, 1 + Math.floor(random() * 3))} ${pick(place[language])} ${phrase(language, Math.floor(random() * 2))}`);
    titles.push(names);
    const descriptions = random() < 0.7 ? LANGUAGES.map((language) => phrase(language, 8 + Math.floor(random() * 10))) : [];
    documents.push({ section: SEARCH_SECTIONS[i % SEARCH_SECTIONS.length]!, id: `doc-${i}`, texts: [...names, ...descriptions], nameCount: names.length });
  }
  return { documents, places, titles };
}

/** Builds 5,000 records and 500 queries, times index build and queries; times in ms, size in bytes. */
export function runSearchBench(): Record<string, number> {
  const random = seededRandom(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { documents, places } = syntheticSearchDocuments(random);
  const placeName = (place: DomainNames, language: Language) => pick(place[language]);

  const wordsOf = (text: string) => text.split(' ').filter((word) => word.length > 0);
  const typo = (word: string) => {
    const letters = [...word];
    const at = 1 + Math.floor(random() * (letters.length - 2));
    const kind = Math.floor(random() * 4);
    if (kind === 0) letters[at] = pick(['a', 'o', 'r', 'n', 'k']);
    else if (kind === 1) letters.splice(at, 0, pick(['a', 'o', 'r', 'n', 'k']));
    else if (kind === 2) letters.splice(at, 1);
    else [letters[at], letters[at + 1]] = [letters[at + 1] ?? letters[at]!, letters[at]!];
    return letters.join('');
  };
  // Exact words, prefixes, typos, a place's name in another script, two-word queries, and a
  // place's name as people type it: on a plain keyboard or with a slip, on the wrong layout.
  const queries: string[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const i = Math.floor(random() * DOCUMENTS);
    const words = wordsOf(pick(documents[i]!.texts));
    const word = pick(words);
    const longWords = words.filter((candidate) => [...candidate].length >= 6);
    const typed = TYPED_SPELLINGS.find((entry) => entry.id === places[i]!.id)!;
    switch (q % 7) {
      case 0:
        queries.push(word);
        break;
      case 1: {
        const long = longWords.length > 0 ? pick(longWords) : word;
        queries.push([...long].slice(0, Math.max(2, Math.ceil([...long].length * (0.4 + random() * 0.5)))).join(''));
        break;
      }
      case 2:
        queries.push(typo(longWords.length > 0 ? pick(longWords) : placeName(places[i]!, 'en')));
        break;
      case 3:
        queries.push(pick(allNames(places[i]!)));
        break;
      case 4:
        queries.push(`${placeName(places[i]!, pick(LANGUAGES))} ${pick(words)}`);
        break;
      case 5:
        queries.push(pick([...typed.plain, ...typed.slips, ...typed.twoSlips]));
        break;
      default:
        queries.push(pick(typed.layouts));
    }
  }

  const buildStart = performance.now();
  const built = buildSearchIndex(documents);
  const buildMs = performance.now() - buildStart;
  const json = serializeSearchIndex(built);

  // Queries run on the index as it comes back from storage; the first pays for the lookups
  // derived on first use.
  const loadStart = performance.now();
  const index = deserializeSearchIndex(JSON.parse(json))!;
  const loadMs = performance.now() - loadStart;
  const firstStart = performance.now();
  searchIndex(index, 'Stepanakert');
  const firstMs = performance.now() - firstStart;

  const times: number[] = [];
  let found = 0;
  for (const query of queries) {
    const start = performance.now();
    const results = searchIndex(index, query);
    times.push(performance.now() - start);
    if (results.length > 0) found++;
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    search_ms: round(times[Math.floor(times.length / 2)]!),
    search_p95_ms: round(times[Math.floor(times.length * 0.95)]!),
    search_max_ms: round(times[times.length - 1]!),
    search_first_ms: round(firstMs),
    search_index_build_ms: round(buildMs),
    search_index_load_ms: round(loadMs),
    search_index_bytes: new TextEncoder().encode(json).byteLength,
    search_index_words: index.words.length,
    search_queries_with_results: found,
  };
}
