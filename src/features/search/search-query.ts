// Search only: answers a query from the index, ranking exact words above prefixes and prefixes
// above slips, names above other texts; a query typed on the wrong keyboard layout is read on
// the right one too. No DOM here.
import { otherLayoutReadings } from './keyboard-layouts';
import { prepareIndex, type PreparedIndex } from './prepared-index';
import { SEARCH_SECTIONS, type SearchIndex, type SearchResult } from './search-index';
import { bitCount, isWithinOneSlipOfPrefix, letterMask, slipDistance } from './slip-distance';
import { compareCodeUnits, findWord, lowerBound } from './sorted-words';
import { plainKeyboardKey, plainKeyboardLetters, queryWords, type QueryWord } from './transliterate';

// Scores of one query word. A name match of any kind outranks any match in other text: the
// best other-text match (0.35) is below every name match (a prefix with a slip, 0.4, is only
// tried when nothing else matched). Within a field: exact word > the same word as a plain
// keyboard types it (Susa for Şuşa) or but for a/e > prefix > stem > one slip > two slips >
// prefix with one slip.
const EXACT = 1;
const PLAIN_KEYBOARD = 0.92;
const PREFIX_BASE = 0.7;
// Plus this times the share of the word typed, so "Stepanak" beats "Step" for "Stepanakert".
const PREFIX_SPAN = 0.19;
const STEM = 0.6;
const ONE_SLIP = 0.5;
const TWO_SLIPS = 0.45;
const PREFIX_SLIP = 0.4;
const OTHER_TEXT = 0.35;
// A reading on another layout: its exact match still beats a prefix of what was typed.
const OTHER_LAYOUT = 0.96;
// At most this much is added for a short name, which never lifts a match over one a tier higher.
const SPECIFICITY = 0.01;

// Inflected forms find their stem: Аскерана, Ստեփանակերտում, Xankəndidə, Гандзасарский.
const STEM_MIN_LENGTH = 4;
const STEM_MAX_SUFFIX = 5;
const MIN_LETTERS_FOR_STEM = 5;
const MIN_LETTERS_FOR_PREFIX_SLIP = 5;

/**
 * How many slips a typed word may hold against an indexed one: none in words under five
 * letters (too many neighbours: Vayk, Baku, Akna), except one letter missing from a five-letter
 * name ("Agam", "Gois"); one in words of 5–7 letters; two when both are long (8 and 6 or more).
 */
export function slipsAllowed(typedLetters: number, nameLetters: number): number {
  const shorter = Math.min(typedLetters, nameLetters);
  const longer = Math.max(typedLetters, nameLetters);
  if (shorter < 4 || longer < 5) return 0;
  return longer >= 8 && shorter >= 6 ? 2 : 1;
}

interface Reading {
  text: string;
  words: QueryWord[];
  factor: number;
}

/** The query as typed, then as it reads on each other layout, each reading once. */
function readingsOf(query: string): Reading[] {
  const readings: Reading[] = [];
  const seen = new Set<string>();
  const add = (text: string, factor: number) => {
    const words = queryWords(text);
    const key = words.map((word) => word.skeleton).join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    readings.push({ text, words, factor });
  };
  add(query.trim(), 1);
  for (const text of otherLayoutReadings(query.trim())) add(text, OTHER_LAYOUT);
  return readings;
}

/** Documents matching every word of `query` (as typed, or read on another layout), best first; at most `limit` of them. */
export function searchIndex(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  const docCount = index.docIds.length;
  if (docCount === 0 || !(limit >= 1)) return [];
  const readings = readingsOf(query);
  if (readings.length === 0) return [];

  const prepared = prepareIndex(index);
  const best = new Map<number, { score: number; reading: string }>();
  for (const reading of readings) {
    for (const [doc, score] of matchEveryWord(index, prepared, reading.words)) {
      const weighted = score * reading.factor;
      if (weighted > (best.get(doc)?.score ?? 0)) best.set(doc, { score: weighted, reading: reading.text });
    }
  }

  const results = [...best].map(([doc, { score, reading }]) => ({ doc, reading, score: score + SPECIFICITY / (1 + index.docNameWords[doc]!) }));
  results.sort(
    (a, b) =>
      b.score - a.score ||
      index.docSections[a.doc]! - index.docSections[b.doc]! ||
      compareCodeUnits(index.docIds[a.doc]!, index.docIds[b.doc]!),
  );
  return results.slice(0, Math.floor(limit)).map(({ doc, score, reading }) => ({
    section: SEARCH_SECTIONS[index.docSections[doc]!]!,
    id: index.docIds[doc]!,
    score,
    reading,
  }));
}

// ---------------------------------------------------------------- matching

/** The documents holding a match for every one of `words` (AND), with the sum of their best scores. */
function matchEveryWord(index: SearchIndex, prepared: PreparedIndex, words: readonly QueryWord[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (let w = 0; w < words.length; w++) {
    const best = new Map<number, number>();
    forEachMatch(index, prepared, words[w]!, (wordIndex, weight) => {
      const codes = index.postings[wordIndex]!;
      let code = 0;
      for (let j = 0; j < codes.length; j++) {
        code += codes[j]!;
        const doc = code >>> 1;
        if (w > 0 && !totals.has(doc)) continue;
        const score = code & 1 ? weight : weight * OTHER_TEXT;
        if (score > (best.get(doc) ?? 0)) best.set(doc, score);
      }
    });
    if (best.size === 0) return best;
    if (w === 0) {
      for (const [doc, score] of best) totals.set(doc, score);
    } else {
      for (const doc of [...totals.keys()]) {
        const score = best.get(doc);
        if (score === undefined) totals.delete(doc);
        else totals.set(doc, totals.get(doc)! + score);
      }
    }
  }
  return totals;
}

/** Calls `add` once for each indexed word that matches `word`, with the weight of its best tier. */
function forEachMatch(index: SearchIndex, prepared: PreparedIndex, word: QueryWord, add: (wordIndex: number, weight: number) => void): void {
  const { words } = index;
  const { wordsByPlainKey, sortedPlainKeys, plainKeyWords } = prepared;
  const { skeleton, typedLetters } = word;
  const plain = plainKeyboardKey(skeleton);
  // Tiers run from best to worst, so the first tier to reach a word is its best.
  const seen = new Set<number>();
  const offer = (wordIndex: number, weight: number) => {
    if (seen.has(wordIndex)) return;
    seen.add(wordIndex);
    add(wordIndex, weight);
  };

  const exact = findWord(words, skeleton);
  if (exact >= 0) offer(exact, EXACT);
  for (const wordIndex of wordsByPlainKey.get(plain) ?? []) offer(wordIndex, PLAIN_KEYBOARD);

  const end = lowerBound(words, skeleton + '\uffff');
  for (let i = lowerBound(words, skeleton); i < end; i++) offer(i, PREFIX_BASE + (PREFIX_SPAN * skeleton.length) / words[i]!.length);
  const plainEnd = lowerBound(sortedPlainKeys, plain + '\uffff');
  for (let k = lowerBound(sortedPlainKeys, plain); k < plainEnd; k++) {
    for (const wordIndex of plainKeyWords[k]!) offer(wordIndex, PREFIX_BASE + (PREFIX_SPAN * plain.length) / sortedPlainKeys[k]!.length);
  }

  if (typedLetters >= MIN_LETTERS_FOR_STEM) {
    for (let stem = plain.length - 1; stem >= Math.max(STEM_MIN_LENGTH, plain.length - STEM_MAX_SUFFIX); stem--) {
      for (const wordIndex of wordsByPlainKey.get(plain.slice(0, stem)) ?? []) offer(wordIndex, STEM);
    }
  }

  const twoSlips = findSlips(index, prepared, word, plain, seen, offer);
  // Two slips only where nothing closer matched: beside real matches they only add noise.
  if (seen.size === 0) for (const wordIndex of twoSlips) offer(wordIndex, TWO_SLIPS);

  // A slip inside a word still being typed, or an inflection that changes a vowel ("Qazançı"
  // for "Ghazanchetsots", "монастырь" for "monastery"). The loosest guess, so only when nothing
  // closer matched: beside real matches it only adds noise ("Shusha" would find "şübhəli").
  // The first letter of the skeleton must be right (a and e aside): it keeps the scan to a slice
  // of the sorted words, and first letters are rarely the mistyped ones. Not the first letter of
  // the plain key: its folds make too many words start alike ("hotel" would find "Khojaly").
  if (seen.size > 0 || typedLetters < MIN_LETTERS_FOR_PREFIX_SLIP) return;
  const { plainKeys } = prepared;
  const length = plain.length;
  for (const first of skeleton[0] === 'a' || skeleton[0] === 'e' ? ['a', 'e'] : [skeleton[0]!]) {
    const stop = lowerBound(words, first + '\uffff');
    for (let i = lowerBound(words, first); i < stop; i++) {
      const candidate = plainKeys[i]!;
      for (let prefixLength = length - 1; prefixLength <= length + 1 && prefixLength < candidate.length; prefixLength++) {
        if (isWithinOneSlipOfPrefix(plain, candidate, prefixLength)) {
          offer(i, PREFIX_SLIP);
          break;
        }
      }
    }
  }
}

/**
 * Offers the words one slip from `word` and returns those two slips away, for the caller to
 * offer only if nothing closer matched. Words are compared as typed (the skeleton: a slip
 * inside "dz" or "sh" is one slip) and as a plain keyboard types them (a slip and a missing
 * diacritic, "Lahcin" for Laçın, add up to one).
 */
function findSlips(index: SearchIndex, prepared: PreparedIndex, word: QueryWord, plain: string, seen: ReadonlySet<number>, offer: (wordIndex: number, weight: number) => void): number[] {
  const maxLimit = slipsAllowed(word.typedLetters, Number.MAX_SAFE_INTEGER);
  if (maxLimit === 0) return [];
  const distances = new Map<number, number>();
  // A slip can double or halve a letter, which merging doubled letters would hide: "Siian".
  compareWithin(index, word, [word.skeleton, word.unmerged], prepared.wordsByLength, index.words, prepared.masks, maxLimit, distances);
  compareWithin(index, word, [plain, plainKeyboardLetters(word.unmerged)], prepared.wordsByPlainLength, prepared.plainKeys, prepared.plainMasks, maxLimit, distances);
  const twoSlips: number[] = [];
  for (const [wordIndex, distance] of distances) {
    if (seen.has(wordIndex)) continue;
    if (distance === 1) offer(wordIndex, ONE_SLIP);
    else twoSlips.push(wordIndex);
  }
  return twoSlips;
}

/** Records in `distances` the fewest slips (1 or 2, within what slipsAllowed permits) from any of `forms` to each word, compared by `keys`. */
function compareWithin(
  index: SearchIndex,
  word: QueryWord,
  forms: string[],
  wordsByLength: readonly number[][],
  keys: readonly string[],
  masks: Int32Array,
  maxLimit: number,
  distances: Map<number, number>,
): void {
  const distinctForms = forms[0] === forms[1] ? [forms[0]!] : forms;
  const formMasks = distinctForms.map(letterMask);
  const shortest = Math.max(1, Math.min(...distinctForms.map((form) => form.length)) - maxLimit);
  const longest = Math.max(...distinctForms.map((form) => form.length)) + maxLimit;
  for (let length = shortest; length <= longest; length++) {
    for (const wordIndex of wordsByLength[length] ?? []) {
      const known = distances.get(wordIndex) ?? Infinity;
      if (known <= 1) continue;
      const limit = Math.min(slipsAllowed(word.typedLetters, index.words[wordIndex]!.length), known - 1);
      if (limit <= 0) continue;
      const key = keys[wordIndex]!;
      let distance = limit + 1;
      for (let f = 0; f < distinctForms.length && distance > 1; f++) {
        if (bitCount(formMasks[f]! ^ masks[wordIndex]!) > 2 * limit) continue;
        distance = Math.min(distance, slipDistance(distinctForms[f]!, key, limit));
      }
      if (distance >= 1 && distance <= limit) distances.set(wordIndex, distance);
    }
  }
}
