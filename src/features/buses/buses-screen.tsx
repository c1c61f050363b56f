import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { recordsById, transit } from '../../data/tables';
import { LocalText, localString } from '../../ui/local-text';
import { now } from '../../data/clock';
import { FreshnessLine } from '../../ui/freshness';
import { currentLocation } from '../../ui/navigation';
import { Provenance } from '../../ui/provenance';
import { agencyZone, chosenFrom, chosenTo, fromGroup, journeyLegs, reverseJourney, stopGroups, toGroup } from './buses-state';
import { DepartureList } from './departure-list';
import { departuresOn } from './next-departures';
import { NextDepartures } from './next-departures-view';
import { localServiceDate } from './zoned-time';

/** The date the timetable shows, as YYYY-MM-DD (the date input's form); empty = today. */
const timetableDate = signal('');

function StopSelect({ id, label, value, onChange }: { id: string; label: string; value?: string; onChange: (key: string) => void }) {
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {stopGroups.value.map((group) => (
          <option key={group.key} value={group.key}>
            {localString(group.stops[0]!.name)}
          </option>
        ))}
      </select>
    </p>
  );
}

function Timetable() {
  const today = localServiceDate(now.value, agencyZone.value);
  const chosen = timetableDate.value || `${today.slice(0, 4)}-${today.slice(4, 6)}-${today.slice(6, 8)}`;
  return (
    <>
      <p class="field">
        <label for="timetable-date">{t('buses.date')}</label>
        <input id="timetable-date" type="date" value={chosen} onInput={(event) => (timetableDate.value = event.currentTarget.value)} />
      </p>
      <DepartureList departures={departuresOn(journeyLegs.value, chosen.replaceAll('-', ''))} timeZone={agencyZone.value} showCountdown={false} />
    </>
  );
}

/** A link naming a stop (/buses?stop=<id>, from search or a place) makes it the journey's end, unless it is already its start. */
function useStopFromLink(): void {
  const stopId = new URLSearchParams(currentLocation.value.search).get('stop');
  const applied = useRef<string | null>(null);
  const group = stopGroups.value.find((candidate) => candidate.stops.some((stop) => stop.id === stopId))?.key;
  useEffect(() => {
    // Once per link, so a later update of the timetable does not undo the reader's own choice.
    if (!group || applied.current === stopId) return;
    applied.current = stopId;
    if (group !== fromGroup.value) chosenTo.value = group;
  }, [stopId, group]);
}

/** The bus section: choose the two ends, see the next buses, a day's timetable and each route's notes. */
export function BusesScreen() {
  useStopFromLink();
  return (
    <section>
      <h1 tabIndex={-1}>{t('buses.title')}</h1>
      <DataGate dataset="transit">
        <FreshnessLine />
        <div class="journey">
          <StopSelect id="from-stop" label={t('buses.from')} value={fromGroup.value} onChange={(key) => (chosenFrom.value = key)} />
          <button type="button" class="button" onClick={reverseJourney}>
            {t('buses.reverse')}
          </button>
          <StopSelect id="to-stop" label={t('buses.to')} value={toGroup.value} onChange={(key) => (chosenTo.value = key)} />
        </div>
        <h2>{t('buses.next')}</h2>
        <p class="muted">{t('buses.timeZone', { zone: agencyZone.value })}</p>
        <NextDepartures />
        <h2>{t('buses.timetable')}</h2>
        <Timetable />
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
    <li class="card" data-testid="route-card">
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
          {trip.stopTimes.map(([stopId], index) => {
            const stop = recordsById.stops.value.get(stopId);
            return <li key={`${stopId}-${index}`}>{stop ? <LocalText value={stop.name} /> : stopId}</li>;
          })}
        </ol>
      )}
      <Provenance source={route.source} verifiedAt={route.verifiedAt} />
    </li>
  );
}
