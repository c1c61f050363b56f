import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { Notice } from '../../ui/notice';
import { Provenance } from '../../ui/provenance';
import { database } from '../../data/database';
import { isStoreRead, storedMeta } from '../../data/feed-state';
import { useStoredRecord } from '../../ui/record-gate';
import { isShareableTable } from '../../model/datasets';
import { keepReceived } from '../../store/received-store';
import { verifySignedParts } from '../../sync/record-signature';
import { decodeRecordCode, type DecodedCode } from './record-code/record-code';
import { receivedRecordBytes } from './receive-update';
import { ClaimedProvenance, ReceivedRecordBody } from './received-record';
import { currentFeedId } from './shareable';

type Received =
  | { state: 'reading' }
  | { state: 'refused'; reason: string }
  | { state: 'ready'; code: DecodedCode; isVerified: boolean; signedAt?: string };

type AnyRecord = { id: string; source: string; verifiedAt: string } & Record<string, unknown>;

/** What the import screen reads: a code link's payload (/I/…), or a record received as an animated sequence. */
async function readCode(payload: string) {
  const feedId = currentFeedId();
  const knownFeeds = feedId ? [feedId] : [];
  if (payload) return decodeRecordCode(`${location.origin}/I/${payload}`, knownFeeds);
  // The first release's links (/import#r1.…) carried a format this release no longer reads.
  if (location.hash.startsWith('#r1.')) return { ok: false as const, reason: 'older-format' };
  const bytes = receivedRecordBytes.value;
  return bytes ? decodeRecordCode(bytes, knownFeeds) : { ok: false as const, reason: 'not-homeward' };
}

/**
 * Where a scanned code or an opened link lands: the record with its verification state, what the
 * phone's own feed holds of it, and Keep. The code travels in the link's path: a service worker
 * answers it on the phone, so opening it offline sends nothing anywhere.
 */
export function ImportScreen({ id: payload }: { id: string }) {
  const [received, setReceived] = useState<Received>({ state: 'reading' });
  const [isKept, setKept] = useState(false);
  // A record is checked against the key list the phone holds: wait until the store is read.
  const keys = isStoreRead.value ? storedMeta.value.keys : undefined;
  useEffect(() => {
    if (!isStoreRead.value) return;
    let isCurrent = true;
    setKept(false);
    void (async () => {
      const decoded = await readCode(payload);
      if (!isCurrent) return;
      if (!decoded.ok) return setReceived({ state: 'refused', reason: decoded.reason });
      const verification = await verifySignedParts(decoded.code.parts, keys);
      if (isCurrent) setReceived({ state: 'ready', code: decoded.code, isVerified: verification.isVerified, signedAt: verification.isVerified ? verification.signedAt : undefined });
    })();
    return () => {
      isCurrent = false;
    };
  }, [isStoreRead.value, keys, payload, receivedRecordBytes.value]);

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

/** A record read from a code, its verification, what the phone's feed holds of it, and Keep. */
function ReceivedRecordView({ code, isVerified, signedAt, isKept, onKept }: { code: DecodedCode; isVerified: boolean; signedAt?: string; isKept: boolean; onKept: () => void }) {
  const record = code.record as AnyRecord;
  const table = isShareableTable(code.table) ? code.table : undefined;
  const existing = useStoredRecord(table, record.id) as AnyRecord | null | undefined;
  const isFeedNewer = !!existing && existing.verifiedAt >= record.verifiedAt;
  const keep = async () => {
    await keepReceived(await database(), { table: code.table, feedId: code.feedId ?? '', record, isVerified, signedAt, receivedAt: new Date().toISOString() });
    onKept();
  };
  return (
    <section>
      <h1 tabIndex={-1}>{t('import.title')}</h1>
      {isVerified ? (
        <Notice tone="info" role="status">
          <p data-testid="verification">{t('import.verified', { feed: code.feedId, date: formatDate(signedAt ?? record.verifiedAt, language.value) })}</p>
        </Notice>
      ) : (
        <Notice tone="danger" role="alert">
          <p data-testid="verification">{t('import.notVerified')}</p>
        </Notice>
      )}
      {isVerified ? (
        <article class="card" data-testid="received-record">
          <ReceivedRecordBody table={code.table} record={record} heading={null} />
          <Provenance source={record.source} verifiedAt={record.verifiedAt} />
          {!code.isWhole && <p class="muted" data-testid="partial">{t('import.partial')}</p>}
        </article>
      ) : (
        // Set apart so no one reads a forged "released" or a borrowed source as the publisher's word.
        <article class="card card--claims" data-testid="claims" aria-labelledby="claims-heading">
          <ReceivedRecordBody table={code.table} record={record} heading={<h2 id="claims-heading">{t('import.claims')}</h2>} />
          <ClaimedProvenance record={record} />
        </article>
      )}
      <article class="card" data-testid="feed-record" aria-labelledby="feed-record-heading">
        <h2 id="feed-record-heading">{t('import.yourFeed')}</h2>
        {existing ? (
          <>
            <ReceivedRecordBody table={code.table} record={existing} heading={null} />
            <Provenance source={existing.source} verifiedAt={existing.verifiedAt} />
          </>
        ) : existing === null ? (
          <p>{t('import.notInFeed')}</p>
        ) : (
          <p role="status">{t('load.loading')}</p>
        )}
      </article>
      {isVerified && isFeedNewer && <p class="muted">{t('import.feedIsNewer')}</p>}
      {code.feedId === undefined && (
        <Notice tone="warning">
          <p data-testid="other-feed">{t('import.otherFeed')}</p>
        </Notice>
      )}
      {isKept ? (
        <p role="status" data-testid="kept">
          {t('import.keptApart')}
        </p>
      ) : (
        <button type="button" class={isVerified ? 'button button--primary' : 'button'} onClick={() => void keep()}>
          {isVerified ? t('import.keep') : t('import.keepAnyway')}
        </button>
      )}
    </section>
  );
}
