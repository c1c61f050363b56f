// First-load module: what a screen shows before its data is there.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { DatasetName, SummarisedTable } from '../model/datasets';
import { isSyncing, loadState, storedMeta, syncFailure } from '../data/feed-state';
import { ensureSummaries } from '../data/refresh';
import { syncFeed } from '../data/start-data';
import { summaries } from '../data/tables';
import { t } from '../i18n/i18n';
import { Notice } from './notice';
import { downloadProgressText } from './download-progress';

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

/**
 * Holds a screen's data-bound part until the store has answered, until the summaries the
 * screen reads (`summariesOf`) are in memory, and, on a first install that stores its datasets
 * one after another, until the dataset the screen shows (`dataset`) has arrived: an empty list
 * filled a second later would say "nothing here" and then push everything down.
 */
export function DataGate({ children, summariesOf, dataset }: { children: ComponentChildren; summariesOf?: SummarisedTable; dataset?: DatasetName }) {
  useEffect(() => {
    if (summariesOf) ensureSummaries(summariesOf);
  }, [summariesOf]);
  const isDatasetComing = dataset !== undefined && loadState.value === 'ready' && !storedMeta.value.datasets[dataset] && isSyncing.value;
  if (loadState.value === 'loading' || isDatasetComing || (summariesOf && loadState.value === 'ready' && !summaries[summariesOf].value)) {
    return (
      <p role="status" data-testid="loading">
        {downloadProgressText() || t('load.loading')}
      </p>
    );
  }
  if (loadState.value === 'failed') return <FirstLoadError />;
  return <>{children}</>;
}
