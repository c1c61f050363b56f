// First-load module: Home says how old its data is.
import { storedMeta } from '../data/feed-state';
import { now } from '../data/clock';
import { formatAge, formatDate } from '../i18n/format';
import { language, t } from '../i18n/i18n';

/**
 * When the data was published (the manifest's issuedAt, never the time of the last check: a
 * server replaying an old feed must not make old data look fresh), and, apart, when the phone
 * last looked for an update.
 */
export function FreshnessLine() {
  const meta = storedMeta.value;
  if (!meta.feed) return null;
  const lookedAt = meta.sync.lastCheckAt;
  return (
    <p class="freshness" data-testid="freshness">
      <span data-testid="published">{t('freshness.published', { age: formatAge(meta.feed.issuedAt, now.value), date: formatDate(meta.feed.issuedAt, language.value) })}</span>
      {lookedAt && (
        <>
          {' · '}
          <span data-testid="looked-at">{t('freshness.lookedAt', { age: formatAge(lookedAt, now.value) })}</span>
        </>
      )}
    </p>
  );
}
