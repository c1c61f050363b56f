// First-load module: how far a dataset's download has come, on the first screen of a first install.
import { computed } from '@preact/signals';
import { downloadProgress, storedMeta } from '../data/feed-state';
import { DATASET_NAMES } from '../model/datasets';
import { formatBytes } from '../i18n/format';
import { language, t } from '../i18n/i18n';

/** "Mine hazards 45% — 600 KB of 1.3 MB" while a file downloads; empty between files. */
export function downloadProgressText(): string {
  const progress = downloadProgress.value;
  if (!progress) return '';
  const lang = language.value;
  return t('load.progress', {
    dataset: t(`dataset.${progress.dataset}`),
    percent: Math.floor((100 * progress.received) / progress.total),
    received: formatBytes(progress.received, lang),
    total: formatBytes(progress.total, lang),
  });
}

// Once the line has been shown it stays (maybe empty) for the life of the page: a line that
// vanished when the last dataset arrived would move everything under it.
let isLineReserved = false;
const isSomeDatasetMissing = computed(() => storedMeta.value.feed !== undefined && DATASET_NAMES.some((name) => !storedMeta.value.datasets[name]));

/** The progress of the datasets still to come after a first install's hazards, in a line reserved for it. */
export function DownloadProgressLine() {
  if (isSomeDatasetMissing.value) isLineReserved = true;
  if (!isLineReserved) return null;
  return (
    <p class="download-progress" role="status" data-testid="download-progress">
      {downloadProgressText() || ' '}
    </p>
  );
}
