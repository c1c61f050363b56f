import { computed, signal } from '@preact/signals';
import { recordsById, summaries } from '../../data/tables';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { HAZARD_KINDS, HAZARD_STATUSES } from '../../model/vocabulary';
import type { HazardKind, HazardStatus } from '../../model/vocabulary';
import { FreshnessLine } from '../../ui/freshness';
import { FilterSelect } from '../../ui/filter-select';
import { localString } from '../../ui/local-text';
import { HazardCard } from './hazard-card';
import { districtFilter, kindFilter, matchesFilters, statusFilter } from './hazard-filters';
import { kindLabelKey, statusLabelKey } from './hazard-labels';
import { NearMePanel } from './near-me-panel';
import { hazardIndex } from './proximity';
import { nearestHazards } from './nearest-hazards';
import { position } from './location';

/** Rendering thousands of cards at once would stall a cheap phone: show a page, then more. */
const PAGE_SIZE = 50;
const shownCount = signal(PAGE_SIZE);

/** The summaries, newest report first: sorted once per update, then paged through. */
const byNewest = computed(() => [...(summaries.hazards.value ?? [])].sort((a, b) => (a.reportedAt < b.reportedAt ? 1 : a.reportedAt > b.reportedAt ? -1 : 0)));

/**
 * The page on screen: nearest edge first when the position is known (the spatial index answers
 * for just this page), else newest report first; filters applied.
 */
const listedHazards = computed(() => {
  const matches = matchesFilters.value;
  const here = position.value;
  if (here) return nearestHazards(hazardIndex.value, here.coords, shownCount.value, matches);
  const page = [];
  for (const hazard of byNewest.value) {
    if (page.length === shownCount.value) break;
    if (matches(hazard)) page.push({ hazard, metres: undefined, bearingDeg: 0, isInside: false });
  }
  return page;
});

const matchingCount = computed(() => (summaries.hazards.value ?? []).filter(matchesFilters.value).length);

const districtsInUse = computed(() =>
  [...new Set((summaries.hazards.value ?? []).map((hazard) => hazard.district))]
    .map((id) => {
      const place = recordsById.places.value.get(id);
      return { id, name: place ? localString(place.name) : id };
    })
    .sort((a, b) => a.name.localeCompare(b.name)),
);

/** Every stored hazard, filterable, nearest first once the reader shares their position. */
export function HazardsList() {
  const listed = listedHazards.value;
  const total = matchingCount.value;
  const change = <T,>(apply: (value: T) => void) => (value: T) => {
    apply(value);
    shownCount.value = PAGE_SIZE;
  };
  return (
    <section>
      <h1 tabIndex={-1}>{t('hazards.title')}</h1>
      <p class="lead">{t('hazards.never')}</p>
      <p class="actions">
        <a class="button" href="/hazards/map">
          {t('map.open')}
        </a>
        <a class="button" href="/safety">
          {t('safety.link')}
        </a>
        <a class="button" href="/hazards/report">
          {t('report.link')}
        </a>
      </p>
      <NearMePanel />
      <DataGate summariesOf="hazards">
        <FreshnessLine />
        <div class="filters">
          <FilterSelect
            id="filter-district"
            label={t('hazards.filter.district')}
            value={districtFilter.value}
            options={districtsInUse.value.map(({ id, name }) => [id, name])}
            onChange={change((value) => (districtFilter.value = value))}
          />
          <FilterSelect<HazardKind>
            id="filter-kind"
            label={t('hazards.filter.kind')}
            value={kindFilter.value}
            options={HAZARD_KINDS.map((kind) => [kind, t(kindLabelKey(kind))])}
            onChange={change((value) => (kindFilter.value = value))}
          />
          <FilterSelect<HazardStatus>
            id="filter-status"
            label={t('hazards.filter.status')}
            value={statusFilter.value}
            options={HAZARD_STATUSES.map((status) => [status, t(statusLabelKey(status))])}
            onChange={change((value) => (statusFilter.value = value))}
          />
        </div>
        <p role="status">{t('hazards.count', { count: total })}</p>
        <ul class="card-list">
          {listed.map(({ hazard, metres, bearingDeg, isInside }) => (
            <HazardCard key={hazard.id} hazard={hazard} distance={metres === undefined ? undefined : { metres, bearingDeg, isInside }} Heading="h2" />
          ))}
        </ul>
        {total > listed.length && (
          <button type="button" class="button" onClick={() => (shownCount.value += PAGE_SIZE)}>
            {t('hazards.showMore')}
          </button>
        )}
      </DataGate>
    </section>
  );
}
