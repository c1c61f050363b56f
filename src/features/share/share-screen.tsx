import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { database } from '../../data/database';
import { navigate } from '../../ui/navigation';
import type { ReceivedRecord } from '../../store/db';
import { readReceived } from '../../store/received-store';
import { LocalText } from '../../ui/local-text';
import { recordTitle } from './shareable';
import { ScanPanel } from './scan-panel';
import { cancelReceive, receiveFrameText, receiveState, type ReceiveState } from './receive-update';
import { codePayloadOfLink } from './record-code/record-code';

/** What a scanned text is: a frame of an animated sequence, a record code, or something else we say plainly. */
function routeScannedText(text: string): string | undefined {
  if (receiveFrameText(text, () => navigate('/import'))) return undefined;
  const found = codePayloadOfLink(text);
  if (typeof found !== 'string') {
    navigate(`/I/${found.payload}`);
    return undefined;
  }
  if (text.startsWith('BEGIN:VCARD')) return t('scan.isVCard');
  return t('scan.notHomeward');
}

/** Phone to phone with no network: scan a code, see what was kept, share records from their pages. */
export function ShareScreen() {
  const [message, setMessage] = useState<string>();
  const [received, setReceived] = useState<ReceivedRecord[]>([]);
  useEffect(() => {
    void database().then(readReceived).then(setReceived);
  }, []);
  return (
    <section>
      <h1 tabIndex={-1}>{t('share.title')}</h1>
      <p>{t('share.intro')}</p>
      <h2>{t('scan.title')}</h2>
      <ScanPanel onText={(text) => setMessage(routeScannedText(text))} />
      <ReceiveProgress />
      {message && (
        <p role="alert" data-testid="scan-result">
          {message}
        </p>
      )}
      <h2>{t('send.title')}</h2>
      <p>
        <a class="button" href="/share/send">
          {t('send.start')}
        </a>
      </p>
      <h2>{t('share.received')}</h2>
      {received.length === 0 ? (
        <p>{t('share.noneReceived')}</p>
      ) : (
        <ul class="card-list">
          {received.map((item) => (
            <li key={item.key} class="card" data-testid="received-record">
              <p>
                <strong>
                  <LocalText value={recordTitle(item.table, item.record)} />
                </strong>
              </p>
              <p class="muted">
                {t('share.receivedByQr', { date: formatDate(item.receivedAt, language.value) })} ·{' '}
                {item.isVerified ? t('share.verifiedShort') : t('share.notVerifiedShort')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How far an animated transfer has got, and how it ended; Cancel or Scan again at every stage but applying. */
function ReceiveProgress() {
  const state = receiveState.value;
  if (state.state === 'idle') return null;
  if (state.state === 'applying') return <p role="status">{t('receive.applying')}</p>;
  return (
    <div data-testid="receive-state">
      <ReceiveMessage state={state} />
      <button type="button" class="button" onClick={cancelReceive}>
        {state.state === 'receiving' ? t('receive.cancel') : t('receive.again')}
      </button>
    </div>
  );
}

function ReceiveMessage({ state }: { state: Exclude<ReceiveState, { state: 'idle' | 'applying' }> }) {
  if (state.state === 'receiving') {
    const percent = Math.round(state.progress * 100);
    return (
      <>
        <p role="status" data-testid="receive-progress">
          {t(state.kind === 'record' ? 'receive.progressRecord' : 'receive.progress', { percent })} <progress max={100} value={percent} />
        </p>
        {state.isStalled && (
          <p role="alert" data-testid="receive-stalled">
            {t('receive.stalled')}
          </p>
        )}
      </>
    );
  }
  if (state.state === 'unreadable') return <p role="alert">{t('receive.unreadable')}</p>;
  if (state.state === 'failed') return <p role="alert">{t('receive.failed')}</p>;
  const { result } = state;
  return (
    <p role={result.status === 'failed' ? 'alert' : 'status'} data-testid="receive-result">
      {result.status === 'applied'
        ? t('receive.applied', { version: result.version })
        : result.status === 'current'
          ? t('receive.current')
          : // A file missing from the bundle reads as a 404: the sender's phone lacks that part.
            t('receive.rejected', { reason: result.error.code === 'http' ? t('receive.missingPart') : t(`sync.error.${result.error.code}`) })}
    </p>
  );
}
