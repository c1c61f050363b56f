// First-load module: the language menu in the header.
import { LANGUAGES, type Language } from '../model/vocabulary';
import { language, setLanguage, t } from '../i18n/i18n';

/** Each language named in itself, so a reader finds their own whatever the UI shows now. */
export const LANGUAGE_NAMES: Record<Language, string> = { hy: 'Հայերեն', az: 'Azərbaycanca', ru: 'Русский', en: 'English' };

/** A labelled select that switches the whole UI at once. */
export function LanguageSwitcher({ id }: { id: string }) {
  return (
    <div class="language-switcher">
      <label for={id}>{t('settings.language')}</label>
      <select id={id} value={language.value} onChange={(event) => void setLanguage(event.currentTarget.value as Language)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
