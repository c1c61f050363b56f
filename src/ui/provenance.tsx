// First-load module: every record on Home says where it came from and how old it is.
import { formatAge, formatDate, daysBetween } from '../i18n/format';
import { language, t } from '../i18n/i18n';
import { now } from '../data/clock';

/** Records verified longer ago than this are flagged as old. */
export const OLD_RECORD_DAYS = 30;

/** Where a record came from and how old it is; old records are flagged in words and style. */
export function Provenance({ source, verifiedAt }: { source: string; verifiedAt: string }) {
  const lang = language.value;
  const isOld = daysBetween(verifiedAt, now.value) > OLD_RECORD_DAYS;
  return (
    <p class={isOld ? 'provenance provenance--old' : 'provenance'}>
      <span>
        {t('record.source')}: <span lang="">{source}</span>
      </span>{' '}
      ·{' '}
      <span>
        {t('record.verified')}: <time dateTime={verifiedAt}>{formatDate(verifiedAt, lang)}</time> ({formatAge(verifiedAt, now.value)})
      </span>
      {isOld && <strong class="old-flag"> {t('record.old')}</strong>}
    </p>
  );
}
