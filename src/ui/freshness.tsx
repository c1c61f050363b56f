// First-load module: Home says how old its data is.
import { storedMeta } from '../data/feed-state';
import { formatAge, formatDate } from '../i18n/format';
import { language, t } from '../i18n/i18n';
import { now } from '../data/clock';

/** "Updated 3 hours ago · feed issued 22 Dec 2020": when the app last confirmed its data is current. */
export function FreshnessLine() {
  const meta = storedMeta.value;
  const updatedAt = meta.sync.lastSuccessAt;
  if (!meta.feed || !updatedAt) return null;
  return (
    <p class="freshness" data-testid="freshness">
      {t('freshness.updated', { age: formatAge(updatedAt, now.value) })} ·{' '}
      {t('freshness.issued', { date: formatDate(meta.feed.issuedAt, language.value) })}
    </p>
  );
}
