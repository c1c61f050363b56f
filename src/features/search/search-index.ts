// Search only (runs in the search worker): one word index over places, hazards, contacts, sites
// and stops, built when data is applied and stored as plain JSON (IndexedDB keeps it by
// structured clone), then queried in any script. No DOM here.
import { SEARCH_SECTIONS, type SearchSection } from '../../model/vocabulary';
import { skeletonWords } from './transliterate';
import { compareCodeUnits } from './sorted-words';

export { SEARCH_SECTIONS, type SearchSection };

/** One searchable record: its names or titles first (`nameCount` of them), then other texts. */
export interface SearchDocument {
  section: SearchSection;
  id: string;
  /** Every name or title in every language, then descriptions and the like. */
  texts: string[];
  /** How many leading `texts` are names or titles; the rest weigh less. Default: all of them. */
  nameCount?: number;
}

/** A document that matched every word of a query. */
export interface SearchResult {
  section: SearchSection;
  id: string;
  score: number;
  /** The query as it was read: as typed, or as it reads on the keyboard layout it was meant for. */
  reading: string;
}

/** Results of one section, best first. */
export interface SearchGroup {
  section: SearchSection;
  results: SearchResult[];
}

/** Bumped whenever the skeleton rules or this layout change: an index stored under another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 2;

/** The index: plain arrays of strings and numbers, so it can be stored as JSON or in IndexedDB. */
export interface SearchIndex {
  version: number;
  /** Section of document d, as a position in SEARCH_SECTIONS. */
  docSections: number[];
  docIds: string[];
  /** Distinct words in document d's names: fewer means a more specific match. */
  docNameWords: number[];
  /** Every distinct skeleton word, in code-unit order, for binary search and prefix ranges. */
  words: string[];
  /**
   * postings[w]: the documents holding words[w], as codes 2·d + 1 (in a name) or 2·d (elsewhere),
   * ascending and gap-encoded (first code, then differences) to keep the stored index small.
   */
  postings: number[][];
}

/** Builds the index from documents; the position of a document is its number in the index. */
export function buildSearchIndex(records: SearchDocument[]): SearchIndex {
  const codesByWord = new Map<string, number[]>();
  const docSections: number[] = [];
  const docIds: string[] = [];
  const docNameWords: number[] = [];
  records.forEach((record, doc) => {
    const nameCount = record.nameCount ?? record.texts.length;
    // 1 if the word is in a name or title, else 0; a name occurrence wins.
    const fieldOfWord = new Map<string, number>();
    record.texts.forEach((text, position) => {
      const isName = position < nameCount ? 1 : 0;
      for (const word of skeletonWords(text)) {
        if ((fieldOfWord.get(word) ?? -1) < isName) fieldOfWord.set(word, isName);
      }
    });
    let nameWords = 0;
    for (const [word, isName] of fieldOfWord) {
      nameWords += isName;
      const codes = codesByWord.get(word);
      if (codes) codes.push(doc * 2 + isName);
      else codesByWord.set(word, [doc * 2 + isName]);
    }
    docSections.push(SEARCH_SECTIONS.indexOf(record.section));
    docIds.push(record.id);
    docNameWords.push(nameWords);
  });
  const words = [...codesByWord.keys()].sort(compareCodeUnits);
  // Documents are numbered in order, so each word's codes are already ascending.
  const postings = words.map((word) => gapEncode(codesByWord.get(word)!));
  return { version: SEARCH_INDEX_VERSION, docSections, docIds, docNameWords, words, postings };
}

/** The index as a JSON string. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

/** Reads a stored index (JSON text or IndexedDB's object); undefined if damaged or of another version: rebuild it. */
export function deserializeSearchIndex(stored: unknown): SearchIndex | undefined {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return isSearchIndex(value) ? value : undefined;
}

function gapEncode(ascending: number[]): number[] {
  return ascending.map((code, i) => (i === 0 ? code : code - ascending[i - 1]!));
}

// ---------------------------------------------------------------- stored form

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCountArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0);

function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Record<keyof SearchIndex, unknown>;
  if (index.version !== SEARCH_INDEX_VERSION) return false;
  if (!isCountArray(index.docSections) || !isStringArray(index.docIds) || !isCountArray(index.docNameWords)) return false;
  if (!isStringArray(index.words) || !Array.isArray(index.postings)) return false;
  const docCount = index.docIds.length;
  if (index.docSections.length !== docCount || index.docNameWords.length !== docCount) return false;
  if (index.docSections.some((section) => section >= SEARCH_SECTIONS.length)) return false;
  if (index.postings.length !== index.words.length) return false;
  // Every code must name a document, or a query would index past the per-document arrays.
  return index.postings.every((codes) => {
    if (!isCountArray(codes)) return false;
    let code = 0;
    for (const gap of codes) code += gap;
    return code >>> 1 < docCount;
  });
}
