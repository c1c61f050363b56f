import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n';

/** Copies a text to the clipboard and says so; falls back to selecting it when refused. */
export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" class="button" onClick={() => void copy()}>
        {t('action.copy')}
      </button>
      <span role="status" class="muted">
        {state === 'copied' ? t('action.copied') : state === 'failed' ? t('action.copyFailed') : ''}
      </span>
    </>
  );
}
