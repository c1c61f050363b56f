import { t, language } from '../../i18n/i18n';
import { formatAge, formatBytes, formatDate } from '../../i18n/format';
import { LanguageSwitcher } from '../../ui/language-switcher';
import { isSyncing, storedMeta, syncFailure } from '../../data/feed-state';
import { syncFeed } from '../../data/start-data';
import { DATASET_NAMES } from '../../model/datasets';
import { now } from '../../data/clock';
import { StorageStatus } from './storage-status';
import { InstallOffer } from './install-offer';
import { isStandalone } from '../../ui/install-prompt';
import { WARNING_DISTANCES_M, setWarningDistance, warningDistanceM } from '../hazards/warning-distance';
import { formatDistance } from '../../i18n/format';

/** Language, installation, storage and data versions. */
export function SettingsScreen() {
  const meta = storedMeta.value;
  const lang = language.value;
  return (
    <section>
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <LanguageSwitcher id="settings-language" />
      <p class="field">
        <label for="warning-distance">{t('settings.warningDistance')}</label>
        <select id="warning-distance" value={warningDistanceM.value} onChange={(event) => setWarningDistance(Number(event.currentTarget.value))}>
          {WARNING_DISTANCES_M.map((metres) => (
            <option key={metres} value={metres}>
              {formatDistance(metres, lang)}
            </option>
          ))}
        </select>
      </p>
      {!isStandalone && (
        <>
          <h2>{t('install.title')}</h2>
          <InstallOffer showMenuHint />
        </>
      )}
      <h2>{t('settings.storage')}</h2>
      <StorageStatus />
      <h2>{t('settings.data')}</h2>
      <dl class="facts">
        <dt>{t('settings.lastSuccess')}</dt>
        <dd>{meta.sync.lastSuccessAt ? formatAge(meta.sync.lastSuccessAt, now.value) : t('settings.never')}</dd>
        <dt>{t('settings.lastCheck')}</dt>
        <dd>{meta.sync.lastCheckAt ? formatAge(meta.sync.lastCheckAt, now.value) : t('settings.never')}</dd>
        {meta.feed && (
          <>
            <dt>{t('settings.feedVersion')}</dt>
            <dd>
              {meta.feed.feedId} v{meta.feed.version} · {formatDate(meta.feed.issuedAt, lang)}
            </dd>
            <dt>{t('settings.validUntil')}</dt>
            <dd>{formatDate(meta.feed.expiresAt, lang)}</dd>
          </>
        )}
        {syncFailure.value && meta.sync.lastError && (
          <>
            <dt>{t('settings.lastError')}</dt>
            <dd data-testid="last-error">
              {t(`sync.error.${meta.sync.lastError.code}`)} ({formatAge(meta.sync.lastError.at, now.value)})
              <br />
              <small class="muted" lang="en">
                {meta.sync.lastError.detail}
              </small>
            </dd>
          </>
        )}
      </dl>
      <table class="datasets">
        <caption>{t('settings.datasets')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.dataset')}</th>
            <th scope="col">{t('settings.version')}</th>
            <th scope="col">{t('settings.size')}</th>
            <th scope="col">{t('settings.updatedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {DATASET_NAMES.map((name) => {
            const dataset = meta.datasets[name];
            return (
              <tr key={name}>
                <th scope="row">{t(`dataset.${name}`)}</th>
                <td>{dataset ? dataset.version : '—'}</td>
                <td>{dataset ? formatBytes(dataset.bytes, lang) : '—'}</td>
                <td>{dataset ? formatAge(dataset.appliedAt, now.value) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" class="button" disabled={isSyncing.value} onClick={() => void syncFeed()}>
        {isSyncing.value ? t('settings.checking') : t('settings.checkNow')}
      </button>
    </section>
  );
}
