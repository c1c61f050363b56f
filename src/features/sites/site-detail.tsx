import { t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { summaries } from '../../data/tables';
import type { Site } from '../../model/datasets';
import { hazardsNearSite } from './nearby-hazards';
import { formatDistance } from '../../i18n/format';
import { language } from '../../i18n/i18n';
import { HazardKindIcon } from '../hazards/hazard-kind-icon';
import { kindLabelKey } from '../hazards/hazard-labels';
import { LocalText } from '../../ui/local-text';
import { Provenance } from '../../ui/provenance';
import { RecordGate } from '../../ui/record-gate';

/** One heritage site: its names, access and rules. */
export function SiteDetail({ id }: { id: string }) {
  return (
    <RecordGate table="sites" id={id} backHref="/sites">
      {(site) => <SiteBody site={site} />}
    </RecordGate>
  );
}

function SiteBody({ site }: { site: Site }) {
  const { access } = site;
  return (
    <article>
      <h1 tabIndex={-1}>
        <LocalText value={site.name} />
      </h1>
      {site.otherNames.length > 0 && <p class="other-names">{site.otherNames.join(' · ')}</p>}
      <Provenance source={site.source} verifiedAt={site.verifiedAt} />
      <p>
        <LocalText value={site.description} />
      </p>
      <dl class="facts">
        <dt>{t('sites.kindLabel')}</dt>
        <dd>{t(`sites.kind.${site.kind}`)}</dd>
        <dt>{t('sites.accessLabel')}</dt>
        <dd class={`access access--${access.status}`}>{t(`sites.access.${access.status}`)}</dd>
        {access.grantedBy && (
          <>
            <dt>{t('sites.grantedBy')}</dt>
            <dd>
              <LocalText value={access.grantedBy} />
            </dd>
          </>
        )}
        {access.hours && (
          <>
            <dt>{t('sites.hours')}</dt>
            <dd>
              <LocalText value={access.hours} />
            </dd>
          </>
        )}
        <dt>{t('hazard.coordinates')}</dt>
        <dd>
          <span class="coordinates">
            {site.lat.toFixed(4)}, {site.lon.toFixed(4)}
          </span>{' '}
          <a class="button" href={`geo:${site.lat},${site.lon}`}>
            {t('hazard.openInMaps')}
          </a>{' '}
          <a class="button" href={`/share/sites/${encodeURIComponent(site.id)}`}>
            {t('share.button')}
          </a>
        </dd>
      </dl>
      <h2>{t('sites.nearbyHazards')}</h2>
      <DataGate summariesOf="hazards">
        <NearbyHazards site={site} />
      </DataGate>
      {access.rules.length > 0 && (
        <>
          <h2>{t('sites.rules')}</h2>
          <ul>
            {access.rules.map((rule, index) => (
              <li key={index}>
                <LocalText value={rule} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function NearbyHazards({ site }: { site: Site }) {
  const nearby = hazardsNearSite(site, summaries.hazards.value ?? []);
  if (nearby.length === 0) return <p data-testid="site-no-hazard">{t('sites.noNearbyHazard')}</p>;
  return (
    <ul class="card-list" data-testid="site-hazards">
      {nearby.map(({ hazard, metres, isInside }) => (
        <li key={hazard.id} class="card">
          <p class="hazard-kind">
            <HazardKindIcon kind={hazard.kind} /> {t(kindLabelKey(hazard.kind))}
          </p>
          <a href={`/hazards/${encodeURIComponent(hazard.id)}`}>
            <LocalText value={hazard.title} />
          </a>
          <p class="distance">{isInside ? t('sites.hazardHere') : t('sites.hazardDistance', { distance: formatDistance(metres, language.value) })}</p>
        </li>
      ))}
    </ul>
  );
}
