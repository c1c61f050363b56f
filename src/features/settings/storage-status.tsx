import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../../i18n/format';
import { language, t } from '../../i18n/i18n';
import { isIos, isStandalone } from '../../ui/install-prompt';
import { Notice } from '../../ui/notice';

interface StorageState {
  isPersistent?: boolean;
  usage?: number;
  quota?: number;
}

/** Whether the browser may evict the data, and how much space it takes. */
export function StorageStatus() {
  const [state, setState] = useState<StorageState>({});
  useEffect(() => {
    void (async () => {
      const storage = navigator.storage;
      const [isPersistent, estimate] = await Promise.all([storage?.persisted?.(), storage?.estimate?.()]);
      setState({ isPersistent, usage: estimate?.usage, quota: estimate?.quota });
    })().catch(() => setState({}));
  }, []);
  const lang = language.value;
  return (
    <>
      <dl class="facts">
        <dt>{t('settings.persistence')}</dt>
        <dd data-testid="storage-persistence">
          {state.isPersistent === undefined ? t('settings.unknown') : state.isPersistent ? t('settings.persistent') : t('settings.notPersistent')}
        </dd>
        <dt>{t('settings.usage')}</dt>
        <dd data-testid="storage-usage">
          {state.usage === undefined
            ? t('settings.unknown')
            : t('settings.usageOf', { used: formatBytes(state.usage, lang), quota: formatBytes(state.quota ?? 0, lang) })}
        </dd>
      </dl>
      {isIos && !isStandalone && (
        <Notice tone="warning">
          <p>{t('settings.iosEviction')}</p>
        </Notice>
      )}
    </>
  );
}
