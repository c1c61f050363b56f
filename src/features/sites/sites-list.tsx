import { computed, signal } from '@preact/signals';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { records } from '../../data/tables';
import { ACCESS_STATUSES, SITE_KINDS } from '../../model/vocabulary';
import type { AccessStatus, SiteKind } from '../../model/vocabulary';
import { LocalText } from '../../ui/local-text';
import { FreshnessLine } from '../../ui/freshness';
import { Provenance } from '../../ui/provenance';
import { FilterSelect } from '../../ui/filter-select';

const statusFilter = signal<AccessStatus | ''>('');
const kindFilter = signal<SiteKind | ''>('');

const shownSites = computed(() =>
  records.sites.value.filter((site) => (!statusFilter.value || site.access.status === statusFilter.value) && (!kindFilter.value || site.kind === kindFilter.value)),
);

/** Heritage sites of both communities, treated alike, filterable by access and kind. */
export function SitesList() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('sites.title')}</h1>
      <DataGate dataset="sites">
        <FreshnessLine />
        <div class="filters">
          <FilterSelect<AccessStatus>
            id="site-status"
            label={t('sites.accessLabel')}
            value={statusFilter.value}
            options={ACCESS_STATUSES.map((status) => [status, t(`sites.access.${status}`)])}
            onChange={(value) => (statusFilter.value = value)}
          />
          <FilterSelect<SiteKind>
            id="site-kind"
            label={t('sites.kindLabel')}
            value={kindFilter.value}
            options={SITE_KINDS.map((kind) => [kind, t(`sites.kind.${kind}`)])}
            onChange={(value) => (kindFilter.value = value)}
          />
        </div>
        <ul class="card-list">
          {shownSites.value.map((site) => (
            <li key={site.id} class="card" data-testid="site-card">
              <h2 class="card-title">
                <a href={`/sites/${encodeURIComponent(site.id)}`}>
                  <LocalText value={site.name} />
                </a>
              </h2>
              {site.otherNames.length > 0 && <p class="other-names">{site.otherNames.join(' · ')}</p>}
              <p class="muted">
                {t(`sites.kind.${site.kind}`)} · <span class={`access access--${site.access.status}`}>{t(`sites.access.${site.access.status}`)}</span>
              </p>
              <Provenance source={site.source} verifiedAt={site.verifiedAt} />
            </li>
          ))}
        </ul>
      </DataGate>
    </section>
  );
}
