// Bus alerts, above the next departures on Home and on Buses.
import { language, t } from '../../i18n/i18n';
import { formatDate } from '../../i18n/format';
import { LocalText } from '../../ui/local-text';
import { activeAlerts, serviceEnded } from './buses-state';
import { transit } from '../../data/tables';

/** Valid service alerts, and a plain notice when the timetable's period is over. */
export function ServiceNotices() {
  const ended = serviceEnded.value;
  const routes = new Map(transit.value.routes.map((route) => [route.id, route]));
  return (
    <>
      {ended && (
        <div class="notice notice--warning" role="status" data-testid="service-ended">
          {t('buses.ended', { date: formatDate(`${ended.slice(0, 4)}-${ended.slice(4, 6)}-${ended.slice(6, 8)}`, language.value) })}
        </div>
      )}
      {activeAlerts.value.map((alert) => {
        const route = alert.routeId ? routes.get(alert.routeId) : undefined;
        return (
          <div key={alert.id} class={alert.kind === 'notice' ? 'notice notice--info' : 'notice notice--warning'} role="status" data-testid="service-alert">
            <strong>{t(`buses.alert.${alert.kind}`)}</strong>
            {route && (
              <>
                {' · '}
                <LocalText value={route.longName} />
              </>
            )}
            : <LocalText value={alert.text} />
          </div>
        );
      })}
    </>
  );
}
