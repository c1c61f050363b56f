import { computed } from '@preact/signals';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../app/banners';
import { hazards } from '../../app/data';
import { HazardSummary } from './hazard-summary';
import { FreshnessLine } from '../../ui/freshness';

/** Newest report first, until issue #4 sorts by distance from the reader. */
const hazardsByDate = computed(() => [...hazards.value].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt)));

/** Every stored hazard. */
export function HazardsList() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('hazards.title')}</h1>
      <p class="lead">{t('hazards.never')}</p>
      <DataGate>
        <FreshnessLine />
        <p>{t('hazards.count', { count: hazardsByDate.value.length })}</p>
        <ul class="card-list">
          {hazardsByDate.value.map((hazard) => (
            <HazardSummary key={hazard.id} hazard={hazard} />
          ))}
        </ul>
      </DataGate>
    </section>
  );
}
