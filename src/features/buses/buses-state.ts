// The journey the reader chose and what the timetable says about it.
import { computed, signal } from '@preact/signals';
import { transit } from '../../data/tables';
import { now } from '../../data/clock';
import type { Stop } from '../../model/datasets';
import { nextDepartures, tripLegs } from './next-departures';
import { hasServiceEnded, serviceDateRange } from '../../model/service-days';
import { localServiceDate } from './zoned-time';

/** Stops that share a name are one choice: the app asks "where to", not "which platform". */
export interface StopGroup {
  key: string;
  stops: Stop[];
}

/** Stops served by some trip, grouped by name, in the order of the longest trip. */
export const stopGroups = computed<StopGroup[]>(() => {
  const { stops, trips } = transit.value;
  const longest = [...trips].sort((a, b) => b.stopTimes.length - a.stopTimes.length)[0];
  const order = new Map((longest?.stopTimes ?? []).map(([stopId], index) => [stopId, index]));
  const groups = new Map<string, Stop[]>();
  for (const stop of [...stops].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9))) {
    groups.set(stop.name.en, [...(groups.get(stop.name.en) ?? []), stop]);
  }
  return [...groups].map(([key, members]) => ({ key, stops: members }));
});

const groupOf = (stopId: string | undefined) => stopGroups.value.find((group) => group.stops.some((stop) => stop.id === stopId))?.key;

export const chosenFrom = signal<string | undefined>(undefined);
export const chosenTo = signal<string | undefined>(undefined);

// Defaults to the first trip's ends: Yerevan → Stepanakert in the demo feed.
export const fromGroup = computed(() => chosenFrom.value ?? groupOf(transit.value.trips[0]?.stopTimes[0]?.[0]));
export const toGroup = computed(() => chosenTo.value ?? groupOf(transit.value.trips[0]?.stopTimes.at(-1)?.[0]));

/** Swaps the two ends of the journey. */
export function reverseJourney(): void {
  const [from, to] = [fromGroup.value, toGroup.value];
  chosenFrom.value = to;
  chosenTo.value = from;
}

const stopIdsOf = (key: string | undefined) => new Set(stopGroups.value.find((group) => group.key === key)?.stops.map((stop) => stop.id) ?? []);

/** The trips that make the chosen journey, computed once per choice. */
export const journeyLegs = computed(() => tripLegs(transit.value, stopIdsOf(fromGroup.value), stopIdsOf(toGroup.value)));

export const agencyZone = computed(() => transit.value.agencies[0]?.timezone ?? 'Asia/Yerevan');

/** Today's and tomorrow's remaining departures, refreshed with the shared clock. */
export const upcomingDepartures = computed(() => nextDepartures(journeyLegs.value, now.value));

/** The timetable has run out: say so rather than show an empty list. */
export const serviceEnded = computed(() => {
  const { services } = transit.value;
  if (services.length === 0 || !hasServiceEnded(services, localServiceDate(now.value, agencyZone.value))) return undefined;
  return serviceDateRange(services)?.last;
});

/** Alerts valid now, for every route or for the routes of the chosen journey. */
export const activeAlerts = computed(() => {
  const at = now.value.getTime();
  return transit.value.alerts.filter((alert) => new Date(alert.validFrom).getTime() <= at && at <= new Date(alert.validTo).getTime());
});
