import type { Departure } from './next-departures';
import { formatDate, formatTime } from '../../i18n/format';
import { language, t } from '../../i18n/i18n';
import { LocalText } from '../../ui/local-text';
import { now } from '../../ui/clock';

/** "in 2 h 05 min" until a departure. */
export function countdown(departure: Date, at: Date): string {
  const minutes = Math.max(0, Math.round((departure.getTime() - at.getTime()) / 60_000));
  if (minutes < 60) return t('buses.inMinutes', { count: minutes });
  return t('buses.inHours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

/** Departures with leave and arrive times in the agency's zone, and a live countdown. */
export function DepartureList({ departures, timeZone }: { departures: Departure[]; timeZone: string }) {
  const lang = language.value;
  if (departures.length === 0) return <p>{t('buses.none')}</p>;
  return (
    <ol class="card-list departures">
      {departures.map(({ trip, route, serviceDate, departure, arrival }) => (
        <li key={`${trip.id}@${serviceDate}`} class="card departure" data-testid="departure">
          <p class="departure-times">
            <strong>
              <time dateTime={departure.toISOString()}>{formatTime(departure, lang, timeZone)}</time>
            </strong>{' '}
            → <time dateTime={arrival.toISOString()}>{formatTime(arrival, lang, timeZone)}</time>{' '}
            <span class="muted">{formatDate(departure, lang, timeZone)}</span>
          </p>
          <p class="countdown" data-testid="countdown">
            {countdown(departure, now.value)}
          </p>
          <p class="muted">
            <LocalText value={route.longName} />
          </p>
        </li>
      ))}
    </ol>
  );
}
