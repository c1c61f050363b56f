import { computed, signal } from '@preact/signals';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../app/banners';
import { sites } from '../../app/data';
import { ACCESS_STATUSES, SITE_KINDS } from '../../sync/feed-constants';
import type { AccessStatus, SiteKind } from '../../sync/feed-schema';
import { LocalText } from '../../ui/local-text';
import { FreshnessLine } from '../../ui/freshness';
import { Provenance } from '../../ui/provenance';

const statusFilter = signal<AccessStatus | ''>('');
const kindFilter = signal<SiteKind | ''>('');

const shownSites = computed(() =>
  sites.value.filter((site) => (!statusFilter.value || site.access.status === statusFilter.value) && (!kindFilter.value || site.kind === kindFilter.value)),
);

/** Heritage sites of both communities, treated alike, filterable by access and kind. */
export function SitesList() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('sites.title')}</h1>
      <DataGate>
        <FreshnessLine />
        <div class="filters">
          <p class="field">
            <label for="site-status">{t('sites.accessLabel')}</label>
            <select id="site-status" value={statusFilter.value} onChange={(event) => (statusFilter.value = event.currentTarget.value as AccessStatus | '')}>
              <option value="">{t('hazards.filter.all')}</option>
              {ACCESS_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`sites.access.${status}`)}
                </option>
              ))}
            </select>
          </p>
          <p class="field">
            <label for="site-kind">{t('sites.kindLabel')}</label>
            <select id="site-kind" value={kindFilter.value} onChange={(event) => (kindFilter.value = event.currentTarget.value as SiteKind | '')}>
              <option value="">{t('hazards.filter.all')}</option>
              {SITE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`sites.kind.${kind}`)}
                </option>
              ))}
            </select>
          </p>
        </div>
        <ul class="card-list">
          {shownSites.value.map((site) => (
            <li key={site.id} class="card" data-testid="site-card">
              <h3>
                <a href={`/sites/${encodeURIComponent(site.id)}`}>
                  <LocalText value={site.name} />
                </a>
              </h3>
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
