// Search only: answers a query from the index, ranking exact words above prefixes, stems and
// typos, names above other texts. No DOM here.
import { skeletonWords } from './transliterate';
import { compareCodeUnits, findWord, lowerBound } from './sorted-words';
import { SEARCH_SECTIONS, type SearchGroup, type SearchIndex, type SearchResult } from './search-index';

// Scores of one query word. A name match of any kind outranks any match in other text: the
// best other-text match (0.35) is below every name match (a prefix with a typo, 0.4, is only
// tried when nothing else matched). Within a field: exact word > same word but for a/e > prefix
// > stem > one typo > prefix with one typo.
const EXACT = 1;
const VOWEL_VARIANT = 0.9;
const PREFIX_BASE = 0.7;
// Plus this times the share of the word typed, so "Stepanak" beats "Step" for "Stepanakert".
const PREFIX_SPAN = 0.19;
const STEM = 0.6;
const TYPO = 0.5;
const PREFIX_TYPO = 0.4;
const OTHER_TEXT = 0.35;
// At most this much is added for a short name, which never lifts a match over one a tier higher.
const SPECIFICITY = 0.01;

// One typo is forgiven in words of five skeleton letters or more; shorter words have too many
// neighbours one edit away ("Vayk", "Baku", "Akna").
const TYPO_MIN_LENGTH = 5;
// Inflected forms find their stem: Аскерана, Ստեփանակերտում, Xankəndidə, Гандзасарский.
const STEM_MIN_LENGTH = 4;
const STEM_MAX_SUFFIX = 5;

/** Documents matching every word of `query`, best first; at most `limit` of them. */
export function searchIndex(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  const queryWords = [...new Set(skeletonWords(query))];
  const docCount = index.docIds.length;
  if (queryWords.length === 0 || docCount === 0 || !(limit >= 1)) return [];
  const prepared = prepare(index);

  const total = new Float64Array(docCount);
  const best = new Float64Array(docCount);
  // How many query words, in order, document d has matched: AND without sets.
  const matchedWords = new Uint16Array(docCount);
  let candidates: number[] = [];
  for (let w = 0; w < queryWords.length; w++) {
    const touched: number[] = [];
    forEachMatch(index, prepared, queryWords[w]!, (wordIndex, weight) => {
      const codes = index.postings[wordIndex]!;
      let code = 0;
      for (let j = 0; j < codes.length; j++) {
        code += codes[j]!;
        const doc = code >>> 1;
        if (matchedWords[doc] !== w) continue;
        const score = code & 1 ? weight : weight * OTHER_TEXT;
        if (best[doc] === 0) touched.push(doc);
        if (score > best[doc]!) best[doc] = score;
      }
    });
    if (touched.length === 0) return [];
    for (const doc of touched) {
      total[doc]! += best[doc]!;
      best[doc] = 0;
      matchedWords[doc] = w + 1;
    }
    candidates = touched;
  }

  const results = candidates.map((doc) => ({
    doc,
    score: total[doc]! + SPECIFICITY / (1 + index.docNameWords[doc]!),
  }));
  results.sort(
    (a, b) =>
      b.score - a.score ||
      index.docSections[a.doc]! - index.docSections[b.doc]! ||
      compareCodeUnits(index.docIds[a.doc]!, index.docIds[b.doc]!),
  );
  return results.slice(0, Math.floor(limit)).map(({ doc, score }) => ({
    section: SEARCH_SECTIONS[index.docSections[doc]!]!,
    id: index.docIds[doc]!,
    score,
  }));
}

/** Splits best-first results by section; a section's place is that of its best result. */
export function groupBySection(results: readonly SearchResult[]): SearchGroup[] {
  const groups: SearchGroup[] = [];
  for (const result of results) {
    const group = groups.find((candidate) => candidate.section === result.section);
    if (group) group.results.push(result);
    else groups.push({ section: result.section, results: [result] });
  }
  return groups;
}

// ---------------------------------------------------------------- matching


/**
 * The skeleton with a and e made one vowel. ə is a in English spellings of some names
 * (Kəlbəcər, Kelbajar) and e in others (Xankəndi, Khankendi), and Armenian, Russian and English
 * spellings differ the same way (Zangilan, Зангелан): so a/e alone never counts as a typo.
 * It keeps the skeleton's length, so stems and prefixes can be cut from it.
 */
function vowelKey(word: string): string {
  return word.replace(/e/g, 'a');
}

/** Lookups derived from an index on its first query; not stored, so the stored form stays small. */
interface PreparedIndex {
  /** vowelKey of words[i]. */
  keys: string[];
  /** vowelKey → the positions of the words that have it. */
  wordsByKey: Map<string, number[]>;
  /** Length → the positions of the words that long: the only candidates for one typo. */
  wordsByLength: number[][];
}

const preparedIndexes = new WeakMap<SearchIndex, PreparedIndex>();

function prepare(index: SearchIndex): PreparedIndex {
  let prepared = preparedIndexes.get(index);
  if (prepared) return prepared;
  const keys = index.words.map(vowelKey);
  const wordsByKey = new Map<string, number[]>();
  const wordsByLength: number[][] = [];
  keys.forEach((key, i) => {
    const sameKey = wordsByKey.get(key);
    if (sameKey) sameKey.push(i);
    else wordsByKey.set(key, [i]);
    (wordsByLength[key.length] ??= []).push(i);
  });
  prepared = { keys, wordsByKey, wordsByLength };
  preparedIndexes.set(index, prepared);
  return prepared;
}

/** Calls `add` once for each indexed word that matches `query`, with the weight of its best tier. */
function forEachMatch(index: SearchIndex, prepared: PreparedIndex, query: string, add: (wordIndex: number, weight: number) => void): void {
  const { words } = index;
  const { keys, wordsByKey, wordsByLength } = prepared;
  const length = query.length;
  const key = vowelKey(query);
  // Tiers run from best to worst, so the first tier to reach a word is its best.
  const seen = new Set<number>();
  const offer = (wordIndex: number, weight: number) => {
    if (seen.has(wordIndex)) return;
    seen.add(wordIndex);
    add(wordIndex, weight);
  };

  const exact = findWord(words, query);
  if (exact >= 0) offer(exact, EXACT);
  for (const wordIndex of wordsByKey.get(key) ?? []) offer(wordIndex, VOWEL_VARIANT);

  const end = lowerBound(words, query + '\uffff');
  for (let i = lowerBound(words, query); i < end; i++) offer(i, PREFIX_BASE + (PREFIX_SPAN * length) / words[i]!.length);

  if (length < TYPO_MIN_LENGTH) return;

  for (let stem = length - 1; stem >= Math.max(STEM_MIN_LENGTH, length - STEM_MAX_SUFFIX); stem--) {
    for (const wordIndex of wordsByKey.get(key.slice(0, stem)) ?? []) offer(wordIndex, STEM);
  }

  for (let candidateLength = length - 1; candidateLength <= length + 1; candidateLength++) {
    for (const wordIndex of wordsByLength[candidateLength] ?? []) {
      if (!seen.has(wordIndex) && isWithinOneEdit(key, keys[wordIndex]!, candidateLength)) offer(wordIndex, TYPO);
    }
  }

  // A typo inside a word still being typed, or an inflection that changes a vowel ("Qazançı"
  // for "Ghazanchetsots", "монастырь" for "monastery"). The loosest guess, so only when nothing
  // closer matched: beside real matches it only adds noise ("Shusha" would find "şübhəli").
  // The first letter must be right, give or take a/e: it keeps the scan to a slice of the
  // sorted words, and first letters are rarely the mistyped ones.
  if (seen.size > 0) return;
  const firstLetters = key[0] === 'a' ? ['a', 'e'] : [query[0]!];
  for (const first of firstLetters) {
    const stop = lowerBound(words, first + '\uffff');
    for (let i = lowerBound(words, first); i < stop; i++) {
      if (seen.has(i)) continue;
      const candidate = keys[i]!;
      for (let prefixLength = length - 1; prefixLength <= length + 1 && prefixLength < candidate.length; prefixLength++) {
        if (isWithinOneEdit(key, candidate, prefixLength)) {
          offer(i, PREFIX_TYPO);
          break;
        }
      }
    }
  }
}

/**
 * Whether `a` becomes the first `bLength` characters of `b` with at most one substitution,
 * insertion, deletion or swap of neighbours (optimal string alignment distance ≤ 1), in O(n).
 */
function isWithinOneEdit(a: string, b: string, bLength: number): boolean {
  const aLength = a.length;
  if (Math.abs(aLength - bLength) > 1) return false;
  let i = 0;
  while (i < aLength && i < bLength && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === aLength && i === bLength) return true;
  if (aLength === bLength) {
    if (isSameFrom(a, i + 1, b, i + 1, bLength)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && isSameFrom(a, i + 2, b, i + 2, bLength);
  }
  return aLength > bLength ? isSameFrom(a, i + 1, b, i, bLength) : isSameFrom(a, i, b, i + 1, bLength);
}

/** Whether a from `ai` to its end equals b from `bi` to `bEnd`. */
function isSameFrom(a: string, ai: number, b: string, bi: number, bEnd: number): boolean {
  if (a.length - ai !== bEnd - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}
