// Search only: the lookups a query needs beyond the stored index, derived from it on the first
// query and kept beside it. Not stored, so the stored form stays small. No DOM here.
import { compareCodeUnits } from './sorted-words';
import type { SearchIndex } from './search-index';
import { letterMask } from './slip-distance';
import { plainKeyboardKey } from './transliterate';

/** Derived lookups over one index's words. */
export interface PreparedIndex {
  /** plainKeyboardKey of words[i]. */
  plainKeys: string[];
  /** plain key → the positions of the words that have it. */
  wordsByPlainKey: Map<string, number[]>;
  /** The distinct plain keys, sorted, for prefix ranges; `plainKeyWords[k]` are their words. */
  sortedPlainKeys: string[];
  plainKeyWords: number[][];
  /** Plain key length → the positions of the words that long: the candidates for slips. */
  wordsByPlainLength: number[][];
  /** letterMask of each plain key. */
  plainMasks: Int32Array;
  /** Skeleton length → the positions of the words that long. */
  wordsByLength: number[][];
  /** letterMask of each word. */
  masks: Int32Array;
}

const prepared = new WeakMap<SearchIndex, PreparedIndex>();

/** The lookups of `index`, made once per index. */
export function prepareIndex(index: SearchIndex): PreparedIndex {
  const known = prepared.get(index);
  if (known) return known;
  const plainKeys = index.words.map(plainKeyboardKey);
  const wordsByPlainKey = new Map<string, number[]>();
  const wordsByPlainLength: number[][] = [];
  const plainMasks = new Int32Array(plainKeys.length);
  const wordsByLength: number[][] = [];
  const masks = new Int32Array(plainKeys.length);
  plainKeys.forEach((key, i) => {
    const sameKey = wordsByPlainKey.get(key);
    if (sameKey) sameKey.push(i);
    else wordsByPlainKey.set(key, [i]);
    (wordsByPlainLength[key.length] ??= []).push(i);
    plainMasks[i] = letterMask(key);
    const word = index.words[i]!;
    (wordsByLength[word.length] ??= []).push(i);
    masks[i] = letterMask(word);
  });
  const sortedPlainKeys = [...wordsByPlainKey.keys()].sort(compareCodeUnits);
  const made: PreparedIndex = {
    plainKeys,
    wordsByPlainKey,
    sortedPlainKeys,
    plainKeyWords: sortedPlainKeys.map((key) => wordsByPlainKey.get(key)!),
    wordsByPlainLength,
    plainMasks,
    wordsByLength,
    masks,
  };
  prepared.set(index, made);
  return made;
}
