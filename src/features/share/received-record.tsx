// A record as a share code carried it: texts in some languages only, and, when its signature does
// not verify, every field only the sender's claim. Shown as text only, never as links: a forged
// code must not put a number to call under a thumb.
import type { ComponentChildren } from 'preact';
import { language, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../i18n/content-text';
import type { L10n } from '../../model/vocabulary';
import { LocalText } from '../../ui/local-text';
import { recordTitle } from './shareable';

type AnyRecord = { id: string } & Record<string, unknown>;

/** A content text the code may carry in no language at all. */
export function PartialText({ value }: { value: unknown }) {
  const texts = (typeof value === 'object' && value !== null ? value : {}) as L10n;
  if (!pickText(texts, language.value).text) return <span class="muted">{t('share.carries.none')}</span>;
  return <LocalText value={texts} />;
}

/** The record's status words, for the tables that have one. */
function statusOf(table: string, record: AnyRecord): string | undefined {
  if (table === 'hazards') return `${t(`hazard.kind.${String(record.kind)}`)} · ${t(`hazard.status.${String(record.status)}`)}`;
  if (table === 'sites') return t(`sites.access.${String((record.access as { status?: string } | undefined)?.status ?? 'unknown')}`);
  return undefined;
}

/** The long texts a share code may leave out, by table, with their label (none for a description). */
const LONG_TEXTS: Record<string, [field: string, label?: string][]> = {
  hazards: [['advice', 'hazard.advice'], ['description']],
  contacts: [['description']],
  sites: [['description']],
};

/** The body of a received record: title, status, long texts, phones as plain text. */
export function ReceivedRecordBody({ table, record, heading }: { table: string; record: AnyRecord; heading: ComponentChildren }) {
  const status = statusOf(table, record);
  const rules = table === 'sites' ? (((record.access as { rules?: unknown[] } | undefined)?.rules ?? []) as unknown[]) : [];
  const phones = Array.isArray(record.phones) ? (record.phones as { number: string }[]) : [];
  return (
    <>
      {heading}
      <p class="received-title">
        <strong>
          <PartialText value={recordTitle(table, record)} />
        </strong>
      </p>
      {status && <p data-testid="received-status">{status}</p>}
      {(LONG_TEXTS[table] ?? []).map(([field, label]) =>
        record[field] === undefined ? null : (
          <p key={field}>
            {label && `${t(label)}: `}
            <PartialText value={record[field]} />
          </p>
        ),
      )}
      {rules.length > 0 && (
        <>
          <p>{t('sites.rules')}:</p>
          <ul>
            {rules.map((rule, i) => (
              <li key={i}>
                <PartialText value={rule} />
              </li>
            ))}
          </ul>
        </>
      )}
      {phones.map((phone) => (
        <p key={phone.number}>
          <span dir="ltr">{phone.number}</span>
        </p>
      ))}
    </>
  );
}

/** Where a claimed record says it came from, worded as the sender's claim. */
export function ClaimedProvenance({ record }: { record: AnyRecord }) {
  return (
    <p class="provenance provenance--claimed">
      {t('import.claimedSource')}: <span lang="">{String(record.source)}</span> · {t('import.claimedDate')}:{' '}
      <time dateTime={String(record.verifiedAt)}>{formatDate(String(record.verifiedAt), language.value)}</time>
    </p>
  );
}
