import { t } from '../../i18n/i18n';
import { DataGate } from '../../app/banners';
import { sites } from '../../app/data';
import { LocalText } from '../../ui/local-text';
import { FreshnessLine } from '../../ui/freshness';
import { Provenance } from '../../ui/provenance';

/** Heritage sites of both communities, treated alike. */
export function SitesList() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('sites.title')}</h1>
      <DataGate>
        <FreshnessLine />
        <ul class="card-list">
          {sites.value.map((site) => (
            <li key={site.id} class="card">
              <h3>
                <a href={`/sites/${encodeURIComponent(site.id)}`}>
                  <LocalText value={site.name} />
                </a>
              </h3>
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
