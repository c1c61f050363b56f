// Departures as cards, on Home (the next two, loaded once its hazards are on screen) and on Buses.
import { useState } from 'preact/hooks';
import type { Departure } from './next-departures';
import type { Stop } from '../../model/datasets';
import { formatDate, formatTime } from '../../i18n/format';
import { language, t } from '../../i18n/i18n';
import { LocalText } from '../../ui/local-text';
import { now } from '../../data/clock';
import { recordsById } from '../../data/tables';
import { daysLater, tripHeadsign } from './trip-labels';

/** "in 2 h 05 min" until a departure. */
export function countdown(departure: Date, at: Date): string {
  const minutes = Math.max(0, Math.ceil((departure.getTime() - at.getTime()) / 60_000));
  if (minutes < 60) return t('buses.inMinutes', { count: minutes });
  return t('buses.inHours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

/** "+1 day" after a time on a later calendar day than the departure. */
function LaterDay({ from, to, timeZone }: { from: Date; to: Date; timeZone: string }) {
  const days = daysLater(from, to, timeZone);
  return days > 0 ? <span class="later-day"> {t('buses.daysLater', { count: days })}</span> : null;
}

/**
 * The stops of one trip with their times, folded away until asked for. The list is built only
 * when opened: Home draws two departures at every start, and each folded list would format a
 * time for every stop for no one to see.
 */
function TripStops({ departure, timeZone }: { departure: Departure; timeZone: string }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('buses.stops')}</summary>
      {isOpen && <StopTimes departure={departure} timeZone={timeZone} />}
    </details>
  );
}

function StopTimes({ departure, timeZone }: { departure: Departure; timeZone: string }) {
  const dayStart = departure.departure.getTime() - departure.leg.trip.stopTimes[departure.leg.fromIndex]![2] * 1000;
  return (
    <ol class="stops">
      {departure.leg.trip.stopTimes.map(([stopId, arrival], index) => {
        const stop = recordsById.stops.value.get(stopId);
        const at = new Date(dayStart + arrival * 1000);
        return (
          <li key={`${stopId}-${index}`}>
            <time dateTime={at.toISOString()}>{formatTime(at, language.value, timeZone)}</time>
            <LaterDay from={departure.departure} to={at} timeZone={timeZone} /> {stop ? <LocalText value={stop.name} /> : stopId}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Departures with leave and arrive times in the agency's zone (an arrival after midnight says
 * "+1 day"), where each bus is heading, and a live countdown.
 */
export function DepartureList({ departures, timeZone, showCountdown = true }: { departures: Departure[]; timeZone: string; showCountdown?: boolean }) {
  const lang = language.value;
  const stops = recordsById.stops.value;
  if (departures.length === 0) return <p>{t('buses.none')}</p>;
  return (
    <ol class="card-list departures">
      {departures.map((departure) => (
        <li key={`${departure.leg.trip.id}@${departure.serviceDate}`} class="card departure" data-testid="departure">
          <p class="departure-times">
            <strong>
              <time dateTime={departure.departure.toISOString()}>{formatTime(departure.departure, lang, timeZone)}</time>
            </strong>{' '}
            → <time dateTime={departure.arrival.toISOString()}>{formatTime(departure.arrival, lang, timeZone)}</time>
            <LaterDay from={departure.departure} to={departure.arrival} timeZone={timeZone} />{' '}
            <span class="muted">{formatDate(departure.departure, lang, timeZone)}</span>
          </p>
          <Headsign departure={departure} stops={stops} />
          {showCountdown && (
            <p class="countdown" data-testid="countdown">
              {countdown(departure.departure, now.value)}
            </p>
          )}
          <p class="muted">
            {t('buses.route')} <LocalText value={departure.leg.route.longName} />
          </p>
          <TripStops departure={departure} timeZone={timeZone} />
          <a href={`/share/trips/${encodeURIComponent(departure.leg.trip.id)}`}>{t('share.button')}</a>
        </li>
      ))}
    </ol>
  );
}

/** Where this bus is heading, which the route's name (one name for both directions) cannot say. */
function Headsign({ departure, stops }: { departure: Departure; stops: ReadonlyMap<string, Stop> }) {
  const headsign = tripHeadsign(departure.leg.trip, stops);
  if (!headsign) return null;
  return (
    <p class="headsign" data-testid="headsign">
      {t('buses.towards')} <LocalText value={headsign} />
    </p>
  );
}
