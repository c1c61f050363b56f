// Search only: how the results screen groups results. Apart from the engine, so the screen loads
// without it (the engine runs in the search worker).
import { SEARCH_SECTIONS, type SearchSection } from '../../model/vocabulary';
import type { SearchGroup, SearchResult } from './search-index';

/** Splits best-first results by section, in the order of SEARCH_SECTIONS, keeping their order within each. */
export function groupBySection(results: readonly SearchResult[]): SearchGroup[] {
  const bySection = new Map<SearchSection, SearchResult[]>();
  for (const result of results) bySection.set(result.section, [...(bySection.get(result.section) ?? []), result]);
  return SEARCH_SECTIONS.flatMap((section) => {
    const grouped = bySection.get(section);
    return grouped ? [{ section, results: grouped }] : [];
  });
}
