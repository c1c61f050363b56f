// First-load module: every content text on Home is shown through it.
import type { L10n } from '../model/vocabulary';
import { pickText } from '../i18n/content-text';
import { language, t } from '../i18n/i18n';

/** A content text in the UI language; marked when it falls back to English. */
export function LocalText({ value }: { value: L10n }) {
  const picked = pickText(value, language.value);
  return (
    <span lang={picked.lang}>
      {picked.text}
      {picked.isFallback && (
        <span class="fallback-mark" title={t('content.fallbackHint')}>
          {' '}
          {t('content.fallbackMark')}
        </span>
      )}
    </span>
  );
}

/** The plain text of a content field in the UI language, for attributes and sorting. */
export function localString(value: L10n): string {
  return pickText(value, language.value).text;
}
