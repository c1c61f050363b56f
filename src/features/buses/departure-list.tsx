// First-load module: Home shows the next two buses.
import type { Departure } from './next-departures';
import { formatDate, formatTime } from '../../i18n/format';
import { language, t } from '../../i18n/i18n';
import { LocalText } from '../../ui/local-text';
import { now } from '../../data/clock';
import { recordsById } from '../../data/tables';

/** "in 2 h 05 min" until a departure. */
export function countdown(departure: Date, at: Date): string {
  const minutes = Math.max(0, Math.ceil((departure.getTime() - at.getTime()) / 60_000));
  if (minutes < 60) return t('buses.inMinutes', { count: minutes });
  return t('buses.inHours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

/** The stops of one trip with their times, folded away until asked for. */
function TripStops({ departure, timeZone }: { departure: Departure; timeZone: string }) {
  const dayStart = departure.departure.getTime() - departure.leg.trip.stopTimes[departure.leg.fromIndex]![2] * 1000;
  return (
    <details>
      <summary>{t('buses.stops')}</summary>
      <ol class="stops">
        {departure.leg.trip.stopTimes.map(([stopId, arrival], index) => {
          const stop = recordsById.stops.value.get(stopId);
          return (
            <li key={`${stopId}-${index}`}>
              <time dateTime={new Date(dayStart + arrival * 1000).toISOString()}>{formatTime(new Date(dayStart + arrival * 1000), language.value, timeZone)}</time>{' '}
              {stop ? <LocalText value={stop.name} /> : stopId}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** Departures with leave and arrive times in the agency's zone, and a live countdown. */
export function DepartureList({ departures, timeZone, showCountdown = true }: { departures: Departure[]; timeZone: string; showCountdown?: boolean }) {
  const lang = language.value;
  if (departures.length === 0) return <p>{t('buses.none')}</p>;
  return (
    <ol class="card-list departures">
      {departures.map((departure) => (
        <li key={`${departure.leg.trip.id}@${departure.serviceDate}`} class="card departure" data-testid="departure">
          <p class="departure-times">
            <strong>
              <time dateTime={departure.departure.toISOString()}>{formatTime(departure.departure, lang, timeZone)}</time>
            </strong>{' '}
            → <time dateTime={departure.arrival.toISOString()}>{formatTime(departure.arrival, lang, timeZone)}</time>{' '}
            <span class="muted">{formatDate(departure.departure, lang, timeZone)}</span>
          </p>
          {showCountdown && (
            <p class="countdown" data-testid="countdown">
              {countdown(departure.departure, now.value)}
            </p>
          )}
          <p class="muted">
            <LocalText value={departure.leg.route.longName} />
          </p>
          <TripStops departure={departure} timeZone={timeZone} />
          <a href={`/share/trips/${encodeURIComponent(departure.leg.trip.id)}`}>{t('share.button')}</a>
        </li>
      ))}
    </ol>
  );
}
