import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../../i18n/i18n';
import { LocalText, localString } from '../../ui/local-text';
import { RecordGate } from '../../ui/record-gate';
import { RecordNotFound } from '../../ui/record-not-found';
import { CopyButton } from '../../ui/copy-button';
import { isShareableTable, type Contact, type ShareableTable, type TableRecords } from '../../model/datasets';
import { contactToVCard } from '../contacts/vcard';
import { encodeRecordLink } from './record-link';
import { QrSvg, utf8Bytes } from './qr-svg';
import { currentFeedId, recordTitle } from './shareable';
import { useScreenWakeLock } from './wake-lock';

/** Share one record: a large QR of a signed link any camera opens in Homeward, plus the share sheet and copy. */
export function RecordShareScreen({ id: route }: { id: string }) {
  const [table = '', id = ''] = route.split('/');
  if (!isShareableTable(table)) return <RecordNotFound backHref="/share" />;
  return (
    <RecordGate table={table} id={id} backHref="/share">
      {(record) => <RecordShare table={table} record={record} />}
    </RecordGate>
  );
}

function RecordShare({ table, record }: { table: ShareableTable; record: TableRecords[ShareableTable] }) {
  const feedId = currentFeedId();
  const [link, setLink] = useState<string>();
  const [mode, setMode] = useState<'link' | 'vcard'>('link');
  useScreenWakeLock();
  useEffect(() => {
    if (record && feedId) {
      void encodeRecordLink(location.origin, { feedId, table: table as 'hazards', record: record as never }).then(setLink, () => setLink(''));
    }
  }, [record, feedId]);
  const title = recordTitle(table, record);
  const vcard = table === 'contacts' ? contactToVCard(record as unknown as Contact, language.value) : undefined;
  return (
    <article>
      <h1 tabIndex={-1}>
        {t('share.recordTitle')}: <LocalText value={title} />
      </h1>
      {vcard && (
        <p class="actions" role="group" aria-label={t('share.format')}>
          <button type="button" class="button" aria-pressed={mode === 'link'} onClick={() => setMode('link')}>
            {t('share.asLink')}
          </button>
          <button type="button" class="button" aria-pressed={mode === 'vcard'} onClick={() => setMode('vcard')} data-testid="vcard-mode">
            {t('share.asVCard')}
          </button>
        </p>
      )}
      <div class="qr-frame">
        {mode === 'vcard' && vcard ? (
          <QrSvg data={utf8Bytes(vcard)} label={t('share.vcardQrLabel')} ecc="L" tooLarge={t('share.tooLarge')} />
        ) : link === '' ? (
          <p role="alert">{t('share.tooLarge')}</p>
        ) : link ? (
          <QrSvg data={link} label={t('share.qrLabel', { title: localString(title) })} tooLarge={t('share.tooLarge')} />
        ) : (
          <p role="status">{t('load.loading')}</p>
        )}
      </div>
      <p class="muted">{mode === 'vcard' ? t('share.vcardHint') : t('share.linkHint')}</p>
      {link && mode === 'link' && (
        <p class="actions">
          {'share' in navigator && (
            <button type="button" class="button" onClick={() => void navigator.share({ title: localString(title), url: link }).catch(() => {})}>
              {t('contacts.share')}
            </button>
          )}
          <CopyButton text={link} />
        </p>
      )}
    </article>
  );
}
