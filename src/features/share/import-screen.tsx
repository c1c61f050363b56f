import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { Notice } from '../../ui/notice';
import { LocalText } from '../../ui/local-text';
import { Provenance } from '../../ui/provenance';
import { database } from '../../data/database';
import { isStoreRead, storedMeta } from '../../data/feed-state';
import { useStoredRecord } from '../../ui/record-gate';
import { isShareableTable } from '../../model/datasets';
import { keepReceived } from '../../store/received-store';
import type { L10n } from '../../model/vocabulary';
import { decodeRecordLink, verifySharedRecord, type SharedRecord } from './record-link';
import { currentFeedId, recordTitle } from './shareable';

type Received =
  | { state: 'reading' }
  | { state: 'refused'; reason: string }
  | { state: 'ready'; shared: SharedRecord; isVerified: boolean; signedAt?: string };

/**
 * Where a scanned code or an opened link lands: the record with its verification state, and a
 * Keep button. The record travels in the URL fragment, which never reaches a server.
 */
export function ImportScreen() {
  const [received, setReceived] = useState<Received>({ state: 'reading' });
  const [isKept, setKept] = useState(false);
  // A record is checked against the key list the phone holds: wait until the store is read.
  const keys = isStoreRead.value ? storedMeta.value.keys : undefined;
  useEffect(() => {
    if (!isStoreRead.value) return;
    const read = async () => {
      setKept(false);
      const decoded = await decodeRecordLink(location.hash);
      if (!decoded.ok) return setReceived({ state: 'refused', reason: decoded.reason });
      const { isVerified, signedAt } = await verifySharedRecord(decoded.shared, keys);
      setReceived({ state: 'ready', shared: decoded.shared, isVerified, signedAt });
    };
    void read();
    // Another link opened while this screen shows changes only the fragment: read it too.
    const onHashChange = () => void read();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [isStoreRead.value, keys]);

  if (received.state === 'reading') return <p role="status">{t('load.loading')}</p>;
  if (received.state === 'refused') {
    return (
      <section>
        <h1 tabIndex={-1}>{t('import.title')}</h1>
        <Notice tone="danger" role="alert">
          <p data-testid="import-refused">{t(`import.refused.${received.reason}`)}</p>
        </Notice>
        <p>{t('import.nothingSaved')}</p>
      </section>
    );
  }
  return <ReceivedRecordView {...received} isKept={isKept} onKept={() => setKept(true)} />;
}

/** A record read from a link, its verification, what the phone's feed holds of it, and Keep. */
function ReceivedRecordView({ shared, isVerified, signedAt, isKept, onKept: setKept }: { shared: SharedRecord; isVerified: boolean; signedAt?: string; isKept: boolean; onKept: () => void }) {
  const record = shared.record as unknown as { id: string; source: string; verifiedAt: string; description?: L10n } & Record<string, unknown>;
  const existing = useStoredRecord(isShareableTable(shared.table) ? shared.table : undefined, record.id);
  const isFeedNewer = !!existing && existing.verifiedAt >= record.verifiedAt;
  const keep = async () => {
    await keepReceived(await database(), {
      table: shared.table,
      feedId: shared.feedId,
      record,
      isVerified,
      signedAt,
      receivedAt: new Date().toISOString(),
    });
    setKept();
  };
  return (
    <section>
      <h1 tabIndex={-1}>{t('import.title')}</h1>
      {isVerified ? (
        <Notice tone="info" role="status">
          <p data-testid="verification">
            {t('import.verified', { feed: shared.feedId, date: formatDate(signedAt ?? record.verifiedAt, language.value) })}
          </p>
        </Notice>
      ) : (
        <Notice tone="danger" role="alert">
          <p data-testid="verification">{t('import.notVerified')}</p>
        </Notice>
      )}
      <article class="card">
        <h2>
          <LocalText value={recordTitle(shared.table, record)} />
        </h2>
        {record.description && (
          <p>
            <LocalText value={record.description} />
          </p>
        )}
        <Provenance source={record.source} verifiedAt={record.verifiedAt} />
      </article>
      {isFeedNewer && <p class="muted">{t('import.feedIsNewer')}</p>}
      {currentFeedId() && currentFeedId() !== shared.feedId && (
        <Notice tone="warning">
          <p data-testid="other-feed">{t('import.otherFeed', { feed: shared.feedId })}</p>
        </Notice>
      )}
      {isKept ? (
        <p role="status" data-testid="kept">
          {t('import.kept')}
        </p>
      ) : (
        <button type="button" class="button button--primary" onClick={() => void keep()}>
          {t('import.keep')}
        </button>
      )}
    </section>
  );
}
