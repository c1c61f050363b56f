import { useEffect, useRef } from 'preact/hooks';
import { ensureSummaries } from '../../data/refresh';
import { t } from '../../i18n/i18n';
import { localString } from '../../ui/local-text';
import { distanceAndDirection } from './distance-text';
import { nearbyDanger } from './proximity';

/** On every screen while the reader is near an active hazard: what, how far, which way, what to do. */
export function ProximityWarning() {
  useEffect(() => ensureSummaries('hazards'), []);
  const danger = nearbyDanger.value;
  const warnedId = useRef<string | undefined>(undefined);
  const id = danger?.hazard.id;
  // Vibrate once on entering the warning zone of a hazard, not on every position update.
  useEffect(() => {
    if (id && id !== warnedId.current) navigator.vibrate?.([300, 150, 300]);
    warnedId.current = id;
  }, [id]);
  if (!danger) return null;
  const { hazard, metres, bearingDeg, isInside } = danger;
  return (
    <div class="proximity-warning" role="alert" data-testid="proximity-warning">
      <p class="proximity-title">
        <strong>{isInside ? t('near.insideTitle') : t('near.title')}</strong>
      </p>
      <p>
        {distanceAndDirection(metres, bearingDeg, isInside)}: <a href={`/hazards/${encodeURIComponent(hazard.id)}`}>{localString(hazard.title)}</a>
      </p>
      <p>{isInside ? t('near.insideAdvice') : t('near.advice')}</p>
      <p>
        <a href="/safety">{t('safety.link')}</a>
      </p>
    </div>
  );
}
