// First-load module: hazard cards (Home's among them) say how far and which way.
import { formatDistance } from '../../i18n/format';
import { language, t } from '../../i18n/i18n';
import { compassPoint } from './geo';

/** "1.2 km north-east", or "you are inside" when the distance is zero. */
export function distanceAndDirection(metres: number, bearingDeg: number, isInside: boolean): string {
  if (isInside) return t('near.inside');
  return t('near.distanceDirection', { distance: formatDistance(metres, language.value), direction: t(`compass.${compassPoint(bearingDeg)}`) });
}
