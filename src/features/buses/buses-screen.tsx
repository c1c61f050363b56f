import { computed, signal } from '@preact/signals';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../app/banners';
import { stopsById, transit } from '../../app/data';
import { LocalText, localString } from '../../ui/local-text';
import { now } from '../../ui/clock';
import { FreshnessLine } from '../../ui/freshness';
import { nextDepartures } from './next-departures';
import { DepartureList } from './departure-list';
import { Provenance } from '../../ui/provenance';

const chosenFrom = signal<string | undefined>(undefined);
const chosenTo = signal<string | undefined>(undefined);

/** Stops some trip serves, in the order of the longest trip (the route's natural order). */
const servedStops = computed(() => {
  const longest = [...transit.value.trips].sort((a, b) => b.stopTimes.length - a.stopTimes.length)[0];
  const ordered = longest ? longest.stopTimes.map(([stopId]) => stopId) : [];
  const rest = transit.value.stops.map((stop) => stop.id).filter((id) => !ordered.includes(id));
  return [...ordered, ...rest].flatMap((id) => stopsById.value.get(id) ?? []);
});

// Defaults to the first trip's ends: Yerevan → Stepanakert in the demo feed.
const fromStop = computed(() => chosenFrom.value ?? transit.value.trips[0]?.stopTimes[0]?.[0]);
const toStop = computed(() => chosenTo.value ?? transit.value.trips[0]?.stopTimes.at(-1)?.[0]);
const agencyZone = computed(() => transit.value.agencies[0]?.timezone ?? 'Asia/Yerevan');

const departures = computed(() =>
  fromStop.value && toStop.value ? nextDepartures(transit.value, fromStop.value, toStop.value, now.value) : [],
);

function reverse(): void {
  const [from, to] = [fromStop.value, toStop.value];
  chosenFrom.value = to;
  chosenTo.value = from;
}

/** Next departures between two stops, today and tomorrow, offline. */
export function NextDepartures({ limit }: { limit?: number }) {
  return <DepartureList departures={departures.value.slice(0, limit)} timeZone={agencyZone.value} />;
}

function StopSelect({ id, label, value, onChange }: { id: string; label: string; value?: string; onChange: (id: string) => void }) {
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {servedStops.value.map((stop) => (
          <option key={stop.id} value={stop.id}>
            {localString(stop.name)}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The bus section: choose the two ends, see the next buses and every route's stops and notes. */
export function BusesScreen() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('buses.title')}</h1>
      <DataGate>
        <FreshnessLine />
        <div class="journey">
          <StopSelect id="from-stop" label={t('buses.from')} value={fromStop.value} onChange={(id) => (chosenFrom.value = id)} />
          <button type="button" class="button" onClick={reverse}>
            {t('buses.reverse')}
          </button>
          <StopSelect id="to-stop" label={t('buses.to')} value={toStop.value} onChange={(id) => (chosenTo.value = id)} />
        </div>
        <h2>{t('buses.next')}</h2>
        <p class="muted">{t('buses.timeZone', { zone: agencyZone.value })}</p>
        <NextDepartures />
        <h2>{t('buses.routes')}</h2>
        <ul class="card-list">
          {transit.value.routes.map((route) => (
            <RouteCard key={route.id} routeId={route.id} />
          ))}
        </ul>
      </DataGate>
    </section>
  );
}

function RouteCard({ routeId }: { routeId: string }) {
  const route = transit.value.routes.find((candidate) => candidate.id === routeId)!;
  const trip = transit.value.trips.find((candidate) => candidate.routeId === routeId);
  return (
    <li class="card">
      <h3>
        <LocalText value={route.longName} />
      </h3>
      {route.notes.length > 0 && (
        <ul>
          {route.notes.map((note, index) => (
            <li key={index}>
              <LocalText value={note} />
            </li>
          ))}
        </ul>
      )}
      {trip && (
        <ol class="stops">
          {trip.stopTimes.map(([stopId]) => {
            const stop = stopsById.value.get(stopId);
            return <li key={stopId}>{stop ? <LocalText value={stop.name} /> : stopId}</li>;
          })}
        </ol>
      )}
      <Provenance source={route.source} verifiedAt={route.verifiedAt} />
    </li>
  );
}
