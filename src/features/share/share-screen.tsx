import { t } from '../../i18n/i18n';

/** Phone-to-phone sharing by QR code: not in this version yet, and the screen says so plainly. */
export function ShareScreen() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('share.title')}</h1>
      <p>{t('share.notYet')}</p>
    </section>
  );
}
