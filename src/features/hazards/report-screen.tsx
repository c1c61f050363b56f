import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { Notice } from '../../ui/notice';
import { telHref } from '../../ui/safe-href';
import { now } from '../../data/clock';
import { locationState, position, startLocation } from './location';
import { HOTLINES, reportText, smsHref, type ReportSide } from './report-message';

/**
 * Report a hazard with no data connection: composes an SMS to the mine-action hotline of the
 * reader's side and offers a call. Nothing is sent by the app and nothing goes to a server.
 */
export function ReportScreen() {
  const [side, setSide] = useState<ReportSide>('armenia');
  const [description, setDescription] = useState('');
  const [manualPosition, setManualPosition] = useState('');
  const hotline = HOTLINES[side];
  const here = position.value;
  const body = reportText({ position: here, manualPosition, description, seenAt: now.value, intro: t('report.smsIntro') });
  return (
    <section>
      <h1 tabIndex={-1}>{t('report.title')}</h1>
      <Notice tone="danger">
        <p>{t('report.stopFirst')}</p>
      </Notice>
      <form class="report-form" onSubmit={(event) => event.preventDefault()}>
        <p class="field">
          <label for="report-side">{t('report.side')}</label>
          <select id="report-side" value={side} onChange={(event) => setSide(event.currentTarget.value as ReportSide)}>
            <option value="armenia">{t('report.sideArmenia')}</option>
            <option value="azerbaijan">{t('report.sideAzerbaijan')}</option>
          </select>
        </p>
        <p class="field">
          <label for="report-description">{t('report.description')}</label>
          <textarea id="report-description" rows={4} value={description} onInput={(event) => setDescription(event.currentTarget.value)} />
        </p>
        {here ? (
          <p data-testid="report-position">
            {t('report.positionFromGps')}: {here.coords[1].toFixed(5)}, {here.coords[0].toFixed(5)}
          </p>
        ) : (
          <>
            {locationState.value !== 'asking' && (
              <button type="button" class="button" onClick={startLocation}>
                {t('report.useGps')}
              </button>
            )}
            <p class="field">
              <label for="report-position">{t('report.manualPosition')}</label>
              <input id="report-position" value={manualPosition} onInput={(event) => setManualPosition(event.currentTarget.value)} />
            </p>
          </>
        )}
      </form>
      {hotline.isEmergencyFallback && (
        <Notice tone="warning">
          <p>{t('report.noHotline', { number: hotline.callNumber })}</p>
        </Notice>
      )}
      <p class="actions">
        {hotline.smsNumber && (
          <a class="button button--primary" href={smsHref(hotline.smsNumber, body)} data-testid="report-sms">
            {t('report.sendSms')}
          </a>
        )}
        <a class="button button--call" href={telHref(hotline.callNumber)} data-testid="report-call">
          {t('report.call', { number: hotline.callNumber })}
        </a>
      </p>
      <p class="muted">{t('report.privacy')}</p>
    </section>
  );
}
