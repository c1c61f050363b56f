// First-load module: the notices on every screen: demo data, stale data, failed sync, update, storage.
import { computed } from '@preact/signals';
import { databaseProblem } from '../data/database';
import { isDemo, isSyncing, loadState, storedMeta, syncFailure } from '../data/feed-state';
import { syncFeed } from '../data/start-data';
import { language, t } from '../i18n/i18n';
import { daysBetween, formatAge, formatDate } from '../i18n/format';
import { now } from '../data/clock';
import { Notice } from '../ui/notice';
import { acceptUpdate, isSecurityReleaseActive, isUpdateWaiting } from './pwa';

/**
 * "Demonstration data" on every screen while the feed says demo. Until the store has answered
 * (and on a first visit until the first data arrives) its place is held, invisible, so the banner
 * appearing does not push the screen down; only a first install of a real feed gives it back.
 */
export function DemoBanner() {
  if (!isDemo.value) {
    if (loadState.value !== 'loading') return null;
    return (
      <p class="demo-banner demo-banner--held" aria-hidden="true">
        {t('demo.banner')}
      </p>
    );
  }
  return (
    <p class="demo-banner" data-testid="demo-banner">
      {t('demo.banner')}
    </p>
  );
}

/** The new-version prompt: it waits for the user, it never reloads on its own. */
export function UpdatePrompt() {
  if (isSecurityReleaseActive.value) {
    return (
      <div class="update-prompt" role="alert" data-testid="security-release">
        <span>{t('update.securityInstalled')}</span>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('update.reloadNow')}
        </button>
      </div>
    );
  }
  if (!isUpdateWaiting.value) return null;
  return (
    <div class="update-prompt" role="status">
      <span>{t('update.available')}</span>
      <button type="button" class="button" onClick={acceptUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}

const DATABASE_MESSAGES = { blocked: 'store.blocked', outdated: 'store.reloadNeeded', closed: 'store.closed' } as const;

/**
 * The store cannot be used: another tab holds an older version open (close it), or this tab's
 * code is older than the stored data, or the browser closed it (reload).
 */
export function DatabaseProblem() {
  const problem = databaseProblem.value;
  if (!problem) return null;
  return (
    <Notice tone="warning" role="alert">
      <p data-testid="database-problem">{t(DATABASE_MESSAGES[problem])}</p>
      {problem !== 'blocked' && (
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('update.reload')}
        </button>
      )}
    </Notice>
  );
}

/** Hazard information older than this is flagged on every screen. */
export const STALE_AFTER_DAYS = 7;

const staleness = computed(() => {
  const feed = storedMeta.value.feed;
  if (!feed) return undefined;
  const isExpired = now.value.getTime() > new Date(feed.expiresAt).getTime();
  const isOld = daysBetween(feed.issuedAt, now.value) > STALE_AFTER_DAYS;
  return isExpired || isOld ? { issuedAt: feed.issuedAt, expiresAt: feed.expiresAt, isExpired } : undefined;
});

/** Loud, on every screen: the data may no longer be true, and whom to ask instead. */
export function StaleWarning() {
  const stale = staleness.value;
  if (!stale) return null;
  return (
    <div class="stale-warning" role="alert" data-testid="stale-warning">
      <strong>{t('stale.title')}</strong>{' '}
      <span>{t('stale.issued', { age: formatAge(stale.issuedAt, now.value) })}</span>{' '}
      {stale.isExpired && <span>{t('stale.expired', { date: formatDate(stale.expiresAt, language.value) })}</span>}{' '}
      <span>{t('stale.ask')}</span> <a href="/contacts">{t('stale.contacts')}</a>
    </div>
  );
}

const CONNECTION_PROBLEMS = new Set(['network', 'timeout', 'http']);

/**
 * The last sync failed but stored data is shown: say so in plain words. A missing connection is
 * routine on 2G and reads as a status line; a rejected (forged, damaged, rolled-back) update is a warning.
 */
export function SyncFailureNotice() {
  const code = syncFailure.value;
  if (!code || loadState.value !== 'ready') return null;
  const isRoutine = CONNECTION_PROBLEMS.has(code);
  return (
    <div class={isRoutine ? 'sync-status' : 'sync-status sync-status--rejected'} role={isRoutine ? 'status' : 'alert'} data-testid="sync-failure">
      <span>{t(`sync.error.${code}`)}</span>{' '}
      <button type="button" class="button button--small" disabled={isSyncing.value} onClick={() => void syncFeed()}>
        {isSyncing.value ? t('load.retrying') : t('load.retry')}
      </button>
    </div>
  );
}
