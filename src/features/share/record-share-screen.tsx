import { useEffect, useMemo, useState } from 'preact/hooks';
import { language, t } from '../../i18n/i18n';
import { LocalText, localString } from '../../ui/local-text';
import { RecordGate } from '../../ui/record-gate';
import { RecordNotFound } from '../../ui/record-not-found';
import { CopyButton } from '../../ui/copy-button';
import { LANGUAGE_NAMES } from '../../ui/language-switcher';
import { isShareableTable, textGroupCount, type Contact, type ShareableTable, type TableRecords } from '../../model/datasets';
import { splitTexts } from '../../model/record-signing';
import { LANGUAGES, type Language } from '../../model/vocabulary';
import { contactToVCard } from '../contacts/vcard';
import { chooseShareCode, type FittingCode, type TooLargeCode } from './record-code/code-selection';
import { encodeRecordCode, MAX_LINK_CHARS, recordCodeLink, type RecordToShare } from './record-code/record-code';
import { AnimatedRecordCode } from './animated-record-code';
import { QrSvg, utf8Bytes } from './qr-svg';
import { currentFeedId, recordTitle } from './shareable';
import { useScreenWakeLock } from './wake-lock';

/** Share one record: a QR a phone camera reads off this screen, the share sheet and copy. */
export function RecordShareScreen({ id: route }: { id: string }) {
  const [table = '', id = ''] = route.split('/');
  if (!isShareableTable(table)) return <RecordNotFound backHref="/share" />;
  return (
    <RecordGate table={table} id={id} backHref="/share">
      {(record) => <RecordShare table={table} record={record} />}
    </RecordGate>
  );
}

const EVERY_GROUP = { hy: 3, az: 3, ru: 3, en: 3 };

function RecordShare({ table, record }: { table: ShareableTable; record: TableRecords[ShareableTable] }) {
  const feedId = currentFeedId();
  const [mode, setMode] = useState<'code' | 'animated' | 'vcard'>('code');
  const [added, setAdded] = useState<Language[]>([]);
  useScreenWakeLock();
  const shared = useMemo(() => (feedId ? ({ feedId, table, record } as RecordToShare) : undefined), [feedId, table, record]);
  // The sender's language, then English (what a receiver of any community is likeliest to read), then any added.
  const wanted = [...new Set<Language>([language.value, 'en', ...added])];
  const languagesOfRecord = useMemo(() => {
    const { texts } = splitTexts(table, record);
    return LANGUAGES.filter((lang) => texts[lang].some((group) => group.some((text) => text !== null)));
  }, [table, record]);
  const code = useShareCode(shared, wanted);
  const link = useWholeLink(shared);

  const title = recordTitle(table, record);
  const vcard = table === 'contacts' ? contactToVCard(record as unknown as Contact, language.value) : undefined;
  const isAnimated = mode === 'animated' || (mode === 'code' && code && code !== 'error' && !code.fits);
  return (
    <article>
      <h1 tabIndex={-1}>
        {t('share.recordTitle')}: <LocalText value={title} />
      </h1>
      <p class="actions" role="group" aria-label={t('share.format')}>
        <button type="button" class="button" aria-pressed={mode === 'code'} onClick={() => setMode('code')} data-testid="code-mode">
          {t('share.asCode')}
        </button>
        <button type="button" class="button" aria-pressed={mode === 'animated'} onClick={() => setMode('animated')} data-testid="animated-mode">
          {t('share.asAnimated')}
        </button>
        {vcard && (
          <button type="button" class="button" aria-pressed={mode === 'vcard'} onClick={() => setMode('vcard')} data-testid="vcard-mode">
            {t('share.asVCard')}
          </button>
        )}
      </p>
      {mode === 'vcard' && vcard ? (
        <>
          <div class="qr-frame">
            <QrSvg data={utf8Bytes(vcard)} label={t('share.vcardQrLabel')} ecc="L" tooLarge={t('share.tooLarge')} />
          </div>
          <p class="muted">{t('share.vcardHint')}</p>
        </>
      ) : isAnimated && shared ? (
        <AnimatedRecordCode shared={shared} isTooLarge={mode === 'code'} />
      ) : code === 'error' || !shared ? (
        <p role="alert">{t('share.cannotEncode')}</p>
      ) : code?.fits ? (
        <>
          <div class="qr-frame">
            <QrSvg data={code.link} ecc={code.ecc} label={t('share.qrLabel', { title: localString(title) })} tooLarge={t('share.tooLarge')} />
          </div>
          <CarriedSummary code={code} table={table} languages={languagesOfRecord} />
          {languagesOfRecord.some((lang) => !wanted.includes(lang)) && (
            <p class="actions" role="group" aria-label={t('share.addLanguage')}>
              {languagesOfRecord
                .filter((lang) => lang !== language.value && lang !== 'en')
                .map((lang) => (
                  <button
                    key={lang}
                    type="button"
                    class="button"
                    aria-pressed={added.includes(lang)}
                    onClick={() => setAdded(added.includes(lang) ? added.filter((other) => other !== lang) : [...added, lang])}
                  >
                    {t('share.alsoCarry', { language: LANGUAGE_NAMES[lang] })}
                  </button>
                ))}
            </p>
          )}
          <p class="muted">{t('share.linkHint')}</p>
        </>
      ) : (
        <p role="status">{t('load.loading')}</p>
      )}
      {link && mode !== 'vcard' && (
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

/** What the code on screen carries, language by language, so the sender knows what the other phone gets. */
function CarriedSummary({ code, table, languages }: { code: FittingCode | TooLargeCode; table: ShareableTable; languages: readonly Language[] }) {
  const groups = textGroupCount(table);
  const part = (lang: Language) => (code.carried[lang] >= groups ? 'all' : code.carried[lang] === 0 ? 'none' : code.carried[lang] === 1 ? 'title' : 'part');
  const isWhole = languages.every((lang) => part(lang) === 'all');
  return (
    <div data-testid="carried">
      <p>{isWhole ? t('share.carries.whole') : t('share.carries.partial')}</p>
      {!isWhole && (
        <ul>
          {languages.map((lang) => (
            <li key={lang} data-lang={lang}>
              <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>: {t(`share.carries.${part(lang)}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function useShareCode(shared: RecordToShare | undefined, wanted: Language[]) {
  const [code, setCode] = useState<FittingCode | TooLargeCode | 'error'>();
  const key = wanted.join();
  useEffect(() => {
    if (!shared) return;
    let isCurrent = true;
    setCode(undefined);
    void chooseShareCode(shared, location.origin, wanted).then(
      (chosen) => isCurrent && setCode(chosen),
      () => isCurrent && setCode('error'),
    );
    return () => {
      isCurrent = false;
    };
  }, [shared, key]);
  return code;
}

/** A link of the whole record for the share sheet and copying: a message has room a QR code lacks. */
function useWholeLink(shared: RecordToShare | undefined) {
  const [link, setLink] = useState<string>();
  useEffect(() => {
    if (!shared) return;
    void encodeRecordCode(shared, EVERY_GROUP).then(
      (bytes) => {
        const whole = recordCodeLink(location.origin, bytes);
        setLink(whole.length <= MAX_LINK_CHARS ? whole : undefined);
      },
      () => setLink(undefined),
    );
  }, [shared]);
  return link;
}
