// First-load module: the shell's answer to an unknown path.
import { t } from '../i18n/i18n';

/** A path the app does not know. */
export function NotFound() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </section>
  );
}
