import { t } from '../i18n/i18n';
import { Notice } from '../ui/notice';
import { isDemo, isSyncing, loadState, syncFailure } from './data';
import { syncFeed, needsReload } from './sync-controller';
import { acceptUpdate, isUpdateWaiting } from './pwa';

/** "Demonstration data" on every screen while the feed says demo. */
export function DemoBanner() {
  if (!isDemo.value) return null;
  return (
    <p class="demo-banner" data-testid="demo-banner">
      {t('demo.banner')}
    </p>
  );
}

/** The new-version prompt: it waits for the user, it never reloads on its own. */
export function UpdatePrompt() {
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

/** Another tab upgraded the database: this one must reload to keep reading it. */
export function ReloadNeeded() {
  if (!needsReload.value) return null;
  return (
    <Notice tone="warning" role="alert">
      <p>{t('store.reloadNeeded')}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {t('update.reload')}
      </button>
    </Notice>
  );
}

/** The first load failed and nothing is stored: say why, offer Retry, never a blank screen. */
export function FirstLoadError() {
  const code = syncFailure.value ?? 'network';
  return (
    <Notice tone="danger" role="alert">
      <h2>{t('load.failedTitle')}</h2>
      <p>{t(`sync.error.${code}`)}</p>
      <button type="button" class="button" disabled={isSyncing.value} onClick={() => void syncFeed()}>
        {isSyncing.value ? t('load.retrying') : t('load.retry')}
      </button>
    </Notice>
  );
}

/** Holds a screen's data-bound part until the store has answered. */
export function DataGate({ children }: { children: preact.ComponentChildren }) {
  if (loadState.value === 'loading') return <p role="status">{t('load.loading')}</p>;
  if (loadState.value === 'failed') return <FirstLoadError />;
  return <>{children}</>;
}
