import { t } from '../../i18n/i18n';
import { DataGate } from '../../app/banners';
import { sites } from '../../app/data';
import { LocalText } from '../../ui/local-text';
import { Provenance } from '../../ui/provenance';
import { RecordNotFound } from '../../ui/record-not-found';

/** One heritage site: its names, access and rules. */
export function SiteDetail({ id }: { id: string }) {
  return (
    <DataGate>
      <SiteBody id={id} />
    </DataGate>
  );
}

function SiteBody({ id }: { id: string }) {
  const site = sites.value.find((candidate) => candidate.id === id);
  if (!site) return <RecordNotFound backHref="/sites" />;
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
          </a>
        </dd>
      </dl>
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
