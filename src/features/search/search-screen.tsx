import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { ensureSummaries } from '../../data/refresh';
import { recordsById, summariesById } from '../../data/tables';
import { currentLocation, navigate } from '../../ui/navigation';
import { LocalText } from '../../ui/local-text';
import type { L10n } from '../../model/vocabulary';
import type { SearchResult } from './search-index';
import { groupBySection } from './search-groups';
import { loadedIndex, refreshSearchIndex, search } from './search-state';

/** Where a result leads and what it is called. */
function describe(result: SearchResult): { href: string; title: L10n } | undefined {
  const id = encodeURIComponent(result.id);
  switch (result.section) {
    case 'hazards': {
      const hazard = summariesById.hazards.value.get(result.id);
      return hazard && { href: `/hazards/${id}`, title: hazard.title };
    }
    case 'contacts': {
      const contact = recordsById.contacts.value.get(result.id);
      return contact && { href: `/contacts/${id}`, title: contact.name };
    }
    case 'sites': {
      const site = recordsById.sites.value.get(result.id);
      return site && { href: `/sites/${id}`, title: site.name };
    }
    case 'stops': {
      const stop = recordsById.stops.value.get(result.id);
      return stop && { href: '/buses', title: stop.name };
    }
  }
}

/** One search over hazards, stops, contacts and sites, in any language and script. */
export function SearchScreen() {
  const query = new URLSearchParams(currentLocation.value.search).get('q') ?? '';
  useEffect(() => {
    ensureSummaries('hazards');
    if (!loadedIndex.value) void refreshSearchIndex();
  }, []);
  const groups = query.trim() && loadedIndex.value ? groupBySection(search(query)) : [];
  return (
    <section>
      <h1 tabIndex={-1}>{t('search.title')}</h1>
      <p class="field">
        <label for="search-query">{t('search.label')}</label>
        <input
          id="search-query"
          type="search"
          value={query}
          onInput={(event) => navigate(`/search?q=${encodeURIComponent(event.currentTarget.value)}`, { replace: true, keepScroll: true })}
        />
      </p>
      <DataGate>
        {!loadedIndex.value && <p role="status">{t('load.loading')}</p>}
        {query.trim() && loadedIndex.value && groups.length === 0 && <p role="status">{t('search.none')}</p>}
        {groups.map((group) => (
          <section key={group.section} data-testid={`search-group-${group.section}`}>
            <h2>{t(`search.section.${group.section}`)}</h2>
            <ul class="card-list">
              {group.results.map((result) => {
                const described = describe(result);
                return (
                  described && (
                    <li key={result.id} class="card" data-testid="search-result">
                      <a href={described.href}>
                        <LocalText value={described.title} />
                      </a>
                    </li>
                  )
                );
              })}
            </ul>
          </section>
        ))}
      </DataGate>
    </section>
  );
}
