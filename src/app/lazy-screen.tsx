// First-load module: screens outside the first route load on demand, so the first visit over
// 2G carries only what Home needs. The service worker precaches the chunks for offline use.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';

type Screen = FunctionComponent<{ id: string }>;

/** A route screen whose code is fetched the first time it is shown. */
export function lazyScreen(load: () => Promise<Screen>): Screen {
  let loaded: Screen | undefined;
  let pending: Promise<Screen> | undefined;
  const start = () => (pending ??= load().then((screen) => (loaded = screen)));
  return function LazyScreen(props) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (loaded) return;
      start().then(
        () => setState('ready'),
        () => {
          pending = undefined; // let Retry fetch again
          setState('failed');
        },
      );
    }, [state === 'failed']);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (state === 'failed') {
      return (
        <div class="notice notice--danger" role="alert">
          <p>{t('sync.error.network')}</p>
          <button type="button" class="button" onClick={() => setState('loading')}>
            {t('load.retry')}
          </button>
        </div>
      );
    }
    return <p role="status">{t('load.loading')}</p>;
  };
}
