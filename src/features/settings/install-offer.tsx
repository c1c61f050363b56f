// First-load module: Home offers installation where the browser allows it.
import { t } from '../../i18n/i18n';
import { installPrompt, isIos, isStandalone, promptInstall } from '../../ui/install-prompt';

/** Install button where the browser offers it, iOS instructions on iOS, nothing once installed. */
export function InstallOffer({ showMenuHint = false }: { showMenuHint?: boolean }) {
  if (isStandalone) return null;
  if (installPrompt.value) {
    return (
      <button type="button" class="button button--primary" onClick={() => void promptInstall()}>
        {t('install.button')}
      </button>
    );
  }
  if (isIos) return <p class="notice notice--info">{t('install.ios')}</p>;
  return showMenuHint ? <p>{t('install.menu')}</p> : null;
}
