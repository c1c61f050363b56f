import { useEffect, useRef } from 'preact/hooks';
import { ensureSummaries } from '../../data/refresh';
import { t } from '../../i18n/i18n';
import { localString } from '../../ui/local-text';
import { distanceAndDirection } from './distance-text';
import { proximity } from './proximity';
import { UncertainPosition } from './uncertain-position';

/** On every screen while the reader may be near an active hazard: what, how far, which way, what to do. */
export function ProximityWarning() {
  useEffect(() => ensureSummaries('hazards'), []);
  const assessment = proximity.value;
  const danger = assessment?.danger;
  const warnedId = useRef<string | undefined>(undefined);
  const id = danger?.hazard.id;
  // Vibrate once on entering the warning zone of a hazard, not on every position update.
  useEffect(() => {
    if (id && id !== warnedId.current) navigator.vibrate?.([300, 150, 300]);
    warnedId.current = id;
  }, [id]);
  if (!assessment || !danger) return null;
  const { hazard, metres, bearingDeg, isInside } = danger;
  // With an uncertain fix the reader may be inside, or near: never claim more than the fix knows.
  const title = isInside ? t('near.insideTitle') : assessment.isUncertain ? t('near.mayBeNearTitle') : t('near.title');
  return (
    <div class="proximity-warning" role="alert" data-testid="proximity-warning">
      <p class="proximity-title">
        <strong>{title}</strong>
      </p>
      <p>
        {distanceAndDirection(metres, bearingDeg, isInside)}: <a href={`/hazards/${encodeURIComponent(hazard.id)}`}>{localString(hazard.title)}</a>
      </p>
      <UncertainPosition assessment={assessment} />
      <p>{isInside ? t('near.insideAdvice') : t('near.advice')}</p>
      <p>
        <a href="/safety">{t('safety.link')}</a>
      </p>
    </div>
  );
}
