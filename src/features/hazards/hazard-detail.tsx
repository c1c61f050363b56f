import { t, language } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { recordsById } from '../../data/tables';
import type { Hazard } from '../../model/datasets';
import { LocalText } from '../../ui/local-text';
import { Provenance } from '../../ui/provenance';
import { CopyButton } from '../../ui/copy-button';
import { HazardKindIcon } from './hazard-kind-icon';
import { kindLabelKey, statusLabelKey } from './hazard-labels';
import { hazardCentre } from './hazard-centre';
import { RecordGate } from '../../ui/record-gate';
import { OfflineMap } from './map/offline-map';
import { position } from './location';
import { distanceToHazardEdge } from './geo';
import { distanceAndDirection } from './distance-text';

/** One hazard in full: what, where, since when, who says so, and what to do. */
export function HazardDetail({ id }: { id: string }) {
  return (
    <RecordGate table="hazards" id={id} backHref="/hazards">
      {(hazard) => <HazardBody hazard={hazard} />}
    </RecordGate>
  );
}

function HazardBody({ hazard }: { hazard: Hazard }) {
  const lang = language.value;
  const place = recordsById.places.value.get(hazard.district);
  const [lon, lat] = hazardCentre(hazard);
  const coordinates = `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
  return (
    <article>
      <p class="hazard-kind">
        <HazardKindIcon kind={hazard.kind} />
        <span>{t(kindLabelKey(hazard.kind))}</span>
        <span class={`status status--${hazard.status}`}>{t(statusLabelKey(hazard.status))}</span>
      </p>
      <h1 tabIndex={-1}>
        <LocalText value={hazard.title} />
      </h1>
      <Provenance source={hazard.source} verifiedAt={hazard.verifiedAt} />
      {position.value && <DistanceFromHere hazardGeometry={hazard.geometry} />}
      <p>
        <LocalText value={hazard.description} />
      </p>
      {hazard.advice && (
        <div class="notice notice--warning">
          <h2>{t('hazard.advice')}</h2>
          <p>
            <LocalText value={hazard.advice} />
          </p>
        </div>
      )}
      <dl class="facts">
        {place && (
          <>
            <dt>{t('hazard.district')}</dt>
            <dd>
              <LocalText value={place.name} />
            </dd>
          </>
        )}
        <dt>{t('hazard.reported')}</dt>
        <dd>{formatDate(hazard.reportedAt, lang)}</dd>
        <dt>{t('hazard.coordinates')}</dt>
        <dd>
          <span class="coordinates">{coordinates}</span>{' '}
          {hazard.geometry.type === 'Point' && <span class="muted">{t('hazard.radius', { metres: hazard.geometry.radiusM })}</span>}
          <span class="actions">
            <CopyButton text={coordinates} />
            <a class="button" href={`geo:${lat.toFixed(5)},${lon.toFixed(5)}`}>
              {t('hazard.openInMaps')}
            </a>
            <a class="button" href={`/share/hazards/${encodeURIComponent(hazard.id)}`}>
              {t('share.button')}
            </a>
          </span>
        </dd>
      </dl>
      <OfflineMap focus={hazard} label={t('map.detailLabel')} />
      <p class="lead">{t('hazards.never')}</p>
    </article>
  );
}

function DistanceFromHere({ hazardGeometry }: { hazardGeometry: Parameters<typeof distanceToHazardEdge>[1] }) {
  const { metres, bearingDeg, isInside } = distanceToHazardEdge(position.value!.coords, hazardGeometry);
  return (
    <p class={isInside ? 'distance distance--inside' : 'distance'} data-testid="hazard-distance">
      {distanceAndDirection(metres, bearingDeg, isInside)}
    </p>
  );
}
