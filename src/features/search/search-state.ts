// Search only: keeps the stored search index in step with the data, and answers queries.
import { computed, signal } from '@preact/signals';
import { contacts, hazards, places, sites, storedMeta, transit } from '../../app/data';
import { database } from '../../app/sync-controller';
import { readSearchIndex, writeSearchIndex } from '../../store/search-index-store';
import { toSearchDocuments } from './documents';
import { buildSearchIndex, deserializeSearchIndex, SEARCH_INDEX_VERSION, searchIndex, type SearchIndex } from './search-index';

/** The index in memory once loaded or built; undefined until then. */
export const loadedIndex = signal<SearchIndex | undefined>(undefined);

/** What the index must have been built from to be current: index format and dataset versions. */
const currentBuildKey = computed(() => {
  const { datasets } = storedMeta.value;
  return JSON.stringify([SEARCH_INDEX_VERSION, ...(['places', 'hazards', 'transit', 'contacts', 'sites'] as const).map((name) => datasets[name]?.version ?? 0)]);
});

function buildFromSignals(): SearchIndex {
  return buildSearchIndex(
    toSearchDocuments({ hazards: hazards.value, stops: transit.value.stops, contacts: contacts.value, sites: sites.value, places: places.value }),
  );
}

/** Rebuilds and stores the index when the data changed since it was built (after a sync). */
export async function refreshSearchIndex(): Promise<void> {
  const db = await database();
  const builtFor = currentBuildKey.value;
  const stored = await readSearchIndex(db);
  if (stored?.builtFor === builtFor && loadedIndex.value) return;
  const index = stored?.builtFor === builtFor ? deserializeSearchIndex(stored.index) : undefined;
  if (index) {
    loadedIndex.value = index;
    return;
  }
  const built = buildFromSignals();
  loadedIndex.value = built;
  await writeSearchIndex(db, builtFor, built);
}

/** Best-first matches for a query, from the loaded index. */
export function search(query: string) {
  return loadedIndex.value ? searchIndex(loadedIndex.value, query, 30) : [];
}
