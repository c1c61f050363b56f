import { useEffect } from 'preact/hooks';
import { ensureSummaries } from '../../data/refresh';
import { formatDistance } from '../../i18n/format';
import { language, t } from '../../i18n/i18n';
import { Notice } from '../../ui/notice';
import { locationState, position, startLocation, stopLocation } from './location';
import { isHazardIndexReady, proximity } from './proximity';
import { warningDistanceM } from './warning-distance';

/** Turns location on or off, and says what it found — never that a place is safe. */
export function NearMePanel() {
  useEffect(() => ensureSummaries('hazards'), []);
  const state = locationState.value;
  if (state === 'off') {
    return (
      <div class="card near-me">
        <button type="button" class="button button--primary" onClick={startLocation}>
          {t('near.start')}
        </button>
        <p class="muted">{t('near.privacy')}</p>
      </div>
    );
  }
  const here = position.value;
  const assessment = proximity.value;
  const lang = language.value;
  return (
    <div class="card near-me" data-testid="near-me">
      {state === 'asking' && <p role="status">{t('near.asking')}</p>}
      {state === 'denied' && <Notice tone="warning">{t('near.denied')}</Notice>}
      {state === 'unavailable' && <p role="status">{t('near.unavailable')}</p>}
      {here && !isHazardIndexReady.value && <p role="status">{t('load.loading')}</p>}
      {here && isHazardIndexReady.value && assessment && !assessment.danger && (
        <p role="status" data-testid="no-recorded-hazard">
          {assessment.isUncertain
            ? t('near.noRecordedUncertain', { distance: formatDistance(assessment.reachM, lang) })
            : t('near.noRecorded', { distance: formatDistance(warningDistanceM.value, lang) })}
        </p>
      )}
      {here && <p class="muted">{t('near.accuracy', { accuracy: formatDistance(here.accuracyM, lang) })}</p>}
      {state === 'denied' ? (
        <button type="button" class="button" onClick={startLocation}>
          {t('near.start')}
        </button>
      ) : (
        <button type="button" class="button" onClick={stopLocation}>
          {t('near.stop')}
        </button>
      )}
    </div>
  );
}
