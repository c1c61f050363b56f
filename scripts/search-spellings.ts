// npx tsx scripts/search-spellings.ts [--misses]: how many of the ways people type the places of
// docs/domain.md find what the English name finds, by way of typing. Prints "found: N of M"
// lines; --misses lists the spellings that do not. The unit tests hold every one of them; this
// script only counts, so a change to the engine can be compared before and after.
import { allNames, DOMAIN_NAMES, DOMAIN_SITES } from '../src/features/search/domain-names.fixture';
import { TYPED_SPELLINGS, type SpellingWay } from '../src/features/search/typed-spellings.fixture';
import { buildSearchIndex } from '../src/features/search/search-index';
import { searchIndex } from '../src/features/search/search-query';

// One document per place holding every name in every language, as the feed's records do.
const index = buildSearchIndex(
  DOMAIN_NAMES.map((place) => ({ section: DOMAIN_SITES.includes(place) ? 'sites' : 'stops', id: place.id, texts: [place.english, ...allNames(place)] })),
);
const topId = (query: string) => searchIndex(index, query)[0]?.id;

const tally = new Map<string, { found: number; total: number }>();
const misses: string[] = [];
for (const place of DOMAIN_NAMES) {
  const expected = topId(place.english);
  const typed = TYPED_SPELLINGS.find((entry) => entry.id === place.id);
  const ways: [string, string[]][] = [['names', allNames(place)], ...(['plain', 'slips', 'twoSlips', 'layouts'] as SpellingWay[]).map((way): [string, string[]] => [way, typed?.[way] ?? []])];
  for (const [way, spellings] of ways) {
    const counts = tally.get(way) ?? { found: 0, total: 0 };
    for (const spelling of spellings) {
      counts.total++;
      const found = topId(spelling);
      if (expected !== undefined && found === expected) counts.found++;
      else misses.push(`${way} ${place.id}: "${spelling}" → ${found ?? 'nothing'}`);
    }
    tally.set(way, counts);
  }
}

let found = 0;
let total = 0;
for (const [way, counts] of tally) {
  console.log(`${way}: ${counts.found} of ${counts.total}`);
  found += counts.found;
  total += counts.total;
}
console.log(`found: ${found} of ${total}`);
if (process.argv.includes('--misses')) for (const miss of misses) console.log(miss);
