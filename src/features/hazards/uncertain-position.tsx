import { formatDistance, formatElapsed } from '../../i18n/format';
import { language, t } from '../../i18n/i18n';
import type { Locatable } from './nearest-hazards';
import type { ProximityAssessment } from './proximity-assessment';

/** Why the fix cannot place the reader, in words: too coarse, or too old. Nothing when it can. */
export function UncertainPosition({ assessment }: { assessment: ProximityAssessment<Locatable> }) {
  if (!assessment.isUncertain) return null;
  const lang = language.value;
  const distance = formatDistance(assessment.reachM, lang);
  return (
    <p data-testid="position-uncertain">
      {assessment.isOld
        ? t('near.uncertainAge', { age: formatElapsed(assessment.ageMs, lang), distance })
        : t('near.uncertainAccuracy', { accuracy: formatDistance(assessment.accuracyM, lang), distance })}
    </p>
  );
}

