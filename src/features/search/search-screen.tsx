import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { ensureSummaries } from '../../data/refresh';
import { recordsById, summariesById } from '../../data/tables';
import { currentLocation, navigate } from '../../ui/navigation';
import { LocalText } from '../../ui/local-text';
import type { L10n } from '../../model/vocabulary';
import type { SearchResult } from './search-index';
import { groupBySection } from './search-groups';
import { indexRevision, indexStatus, refreshSearchIndex, searchFor } from './search-state';
import { nameInTypedScript } from './name-in-typed-script';

/** Where a result leads and what its record is called, in every language. */
function describe(result: SearchResult): { href: string; name: L10n } | undefined {
  const id = encodeURIComponent(result.id);
  switch (result.section) {
    case 'places': {
      const place = recordsById.places.value.get(result.id);
      return place && { href: `/places/${id}`, name: place.name };
    }
    case 'hazards': {
      const hazard = summariesById.hazards.value.get(result.id);
      return hazard && { href: `/hazards/${id}`, name: hazard.title };
    }
    case 'contacts': {
      const contact = recordsById.contacts.value.get(result.id);
      return contact && { href: `/contacts/${id}`, name: contact.name };
    }
    case 'sites': {
      const site = recordsById.sites.value.get(result.id);
      return site && { href: `/sites/${id}`, name: site.name };
    }
    case 'stops': {
      // Stops have no screen of their own: the timetable, with the stop chosen, is what people want of one.
      const stop = recordsById.stops.value.get(result.id);
      return stop && { href: `/buses?stop=${id}`, name: stop.name };
    }
  }
}

/** The results for `query`, asked of the search worker again whenever the index changes. */
function useSearchResults(query: string): { results: SearchResult[]; isCurrent: boolean } {
  const key = `${indexRevision.value}\n${query}`;
  const [found, setFound] = useState<{ key: string; results: SearchResult[] }>();
  useEffect(() => {
    if (!query.trim()) return;
    let isWanted = true;
    void searchFor(query).then((results) => isWanted && setFound({ key, results }));
    return () => {
      isWanted = false;
    };
  }, [key]);
  if (!query.trim()) return { results: [], isCurrent: true };
  // The last results stay on screen until the next arrive (a few milliseconds): no flicker while typing.
  return { results: found?.results ?? [], isCurrent: found?.key === key };
}

/** One search over places, hazards, contacts, sites and stops, in any language, script or keyboard layout. */
export function SearchScreen() {
  const query = new URLSearchParams(currentLocation.value.search).get('q') ?? '';
  useEffect(() => {
    ensureSummaries('hazards');
    if (indexStatus.value === 'idle') void refreshSearchIndex();
  }, []);
  const { results, isCurrent } = useSearchResults(query);
  const groups = groupBySection(results);
  const reading = results[0]?.reading;
  const isReadOnOtherLayout = reading !== undefined && reading !== query.trim();
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
        {indexStatus.value !== 'ready' && indexStatus.value !== 'failed' && <p role="status">{t('load.loading')}</p>}
        {indexStatus.value === 'failed' && <p role="alert">{t('search.unavailable')}</p>}
        {query.trim() && indexStatus.value === 'ready' && isCurrent && groups.length === 0 && <p role="status">{t('search.none')}</p>}
        {isReadOnOtherLayout && (
          <p class="muted" data-testid="search-read-as">
            {t('search.readAs', { reading })}
          </p>
        )}
        {groups.map((group) => (
          <section key={group.section} data-testid={`search-group-${group.section}`}>
            <h2>{t(`search.section.${group.section}`)}</h2>
            <ul class="card-list">
              {group.results.map((result) => (
                <ResultCard key={result.id} result={result} />
              ))}
            </ul>
          </section>
        ))}
      </DataGate>
    </section>
  );
}

function ResultCard({ result }: { result: SearchResult }) {
  const described = describe(result);
  if (!described) return null;
  // The name in the script the reader typed, when their language is written in another.
  const typedName = nameInTypedScript(described.name, result.reading, language.value);
  return (
    <li class="card" data-testid="search-result">
      <a href={described.href}>
        <LocalText value={described.name} />
      </a>
      {typedName && (
        <p class="search-typed-name" lang={typedName.lang} data-testid="search-typed-name">
          {typedName.text}
        </p>
      )}
    </li>
  );
}
