import { t } from '../i18n/i18n';

/** A detail route whose record is not (or no longer) in the store. */
export function RecordNotFound({ backHref }: { backHref: string }) {
  return (
    <section>
      <h1 tabIndex={-1}>{t('record.notFound')}</h1>
      <p>{t('record.notFoundHint')}</p>
      <p>
        <a href={backHref}>{t('record.back')}</a>
      </p>
    </section>
  );
}
