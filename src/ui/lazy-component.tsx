// First-load module: screens outside the first route, and the parts of Home below its hazards,
// load on demand, so the first visit over 2G carries only what Home's hazards need. The service
// worker precaches the chunks for offline use.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';

/**
 * A component whose code is fetched the first time it is shown. Until then it shows `Pending`
 * (by default a "Loading…" status); a failed fetch offers Retry.
 */
export function lazyComponent<P extends object>(load: () => Promise<FunctionComponent<P>>, Pending: FunctionComponent = Loading): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let pending: Promise<FunctionComponent<P>> | undefined;
  const start = () => (pending ??= load().then((component) => (loaded = component)));
  return function LazyComponent(props) {
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
    return <Pending />;
  };
}

function Loading() {
  return <p role="status">{t('load.loading')}</p>;
}
