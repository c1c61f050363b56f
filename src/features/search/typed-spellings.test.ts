import { describe, expect, it } from 'vitest';
import { allNames, DOMAIN_NAMES, DOMAIN_SITES, type DomainNames } from './domain-names.fixture';
import { TYPED_SPELLINGS, type SpellingWay } from './typed-spellings.fixture';
import { buildSearchIndex, type SearchDocument } from './search-index';
import { searchIndex } from './search-query';

const sectionOf = (place: DomainNames): SearchDocument['section'] => (DOMAIN_SITES.includes(place) ? 'sites' : 'places');
// How the feed's records look: every name in every language.
const index = buildSearchIndex(DOMAIN_NAMES.map((place) => ({ section: sectionOf(place), id: place.id, texts: [place.english, ...allNames(place)] })));
const ids = (query: string) => searchIndex(index, query).map((result) => result.id);

const WAYS: SpellingWay[] = ['plain', 'slips', 'twoSlips', 'layouts'];
const cases = TYPED_SPELLINGS.flatMap((entry) => WAYS.flatMap((way) => entry[way].map((query) => ({ id: entry.id, way, query }))));

describe('every docs/domain.md name, typed as people type it', () => {
  it('has spellings for every place, route town and heritage site', () => {
    expect(TYPED_SPELLINGS.map((entry) => entry.id).sort()).toEqual(DOMAIN_NAMES.map((place) => place.id).sort());
    // Every name can be typed on the wrong layout; slips only in names of five letters or more.
    expect(TYPED_SPELLINGS.filter((entry) => entry.layouts.length < 3).map((entry) => entry.id)).toEqual([]);
    expect(TYPED_SPELLINGS.filter((entry) => entry.slips.length === 0).map((entry) => entry.id)).toEqual(['baku', 'vayk']);
  });

  it.each(cases)('finds $id first from "$query" ($way)', ({ id, query }) => {
    expect(ids(query)[0]).toBe(id);
  });
});

describe('ranking', () => {
  it('puts an exact word first, then the word as a plain keyboard types it, then a prefix, then one slip', () => {
    const ranked = buildSearchIndex([
      { section: 'places', id: 'slip', texts: ['Lacan'] },
      { section: 'places', id: 'prefix', texts: ['Lacinka'] },
      { section: 'places', id: 'folded', texts: ['Laçın'] },
      { section: 'places', id: 'exact', texts: ['Lacin'] },
    ]);
    expect(searchIndex(ranked, 'Lacin').map((result) => result.id)).toEqual(['exact', 'folded', 'prefix', 'slip']);
  });

  it('tries two slips only when nothing closer matched', () => {
    const ranked = buildSearchIndex([
      { section: 'places', id: 'kelbajar', texts: ['Kelbajar'] },
      { section: 'places', id: 'kolbojar', texts: ['Kolbojar'] },
    ]);
    // Kolbojar is two slips from Kelbajar (a/e are one letter here): not beside an exact match…
    expect(searchIndex(ranked, 'Kelbajar').map((result) => result.id)).toEqual(['kelbajar']);
    // …nor beside a match one slip away…
    expect(searchIndex(ranked, 'Kelbujar').map((result) => result.id)).toEqual(['kelbajar']);
    // …but when both are two slips away, both are offered.
    expect(searchIndex(ranked, 'Kulbujar').map((result) => result.id)).toEqual(['kelbajar', 'kolbojar']);
  });

  it('puts a name read on the right layout above a prefix of what was typed, and says how it read it', () => {
    const ranked = buildSearchIndex([
      { section: 'places', id: 'typed-prefix', texts: ['Ieifa'] },
      { section: 'places', id: 'shusha', texts: ['Шуша'] },
    ]);
    const results = searchIndex(ranked, 'Ieif');
    expect(results.map((result) => [result.id, result.reading])).toEqual([
      ['shusha', 'шуша'],
      ['typed-prefix', 'Ieif'],
    ]);
  });

  it('puts names above other texts, whatever the tier', () => {
    const ranked = buildSearchIndex([
      { section: 'hazards', id: 'in-description', texts: ['Field survey', 'The fields north of Agdam'], nameCount: 1 },
      { section: 'hazards', id: 'slip-in-name', texts: ['Agdm road'] },
    ]);
    expect(searchIndex(ranked, 'Agdam').map((result) => result.id)).toEqual(['slip-in-name', 'in-description']);
  });
});

describe('no false hit', () => {
  // Real words and names that are not the names of docs/domain.md, nor one slip from a name of
  // five letters; each must find nothing rather than a place it does not name.
  it.each(['Aram', 'Vank', 'Kars', 'Ani', 'bus', 'road', 'help', 'taxi', 'Maku', 'Goti', 'Lori', 'Barda', 'Hamam', 'вода', 'ջուր', 'Tbilisi', 'Gyumri', 'Nakhchivan'])(
    'finds nothing for "%s"',
    (query) => {
      expect(ids(query)).toEqual([]);
    },
  );

  it('forgives no slip in a name under five letters, nor in a word typed under four', () => {
    expect(ids('Akma')).toEqual([]); // Akna
    expect(ids('Vaek')).toEqual([]); // Vayk
    expect(ids('Bako')).toEqual([]); // Baku
    expect(ids('Gor')).toEqual(['goris']); // a prefix, not a slip
    expect(ids('Grs')).toEqual([]);
  });
});
