import type { Route, Trip } from '../../sync/feed-schema';
import type { Transit } from '../../app/data';
import { isServiceActive } from '../../../feed/gtfs/service-days';
import { addDays, localServiceDate, serviceTimeToInstant } from './zoned-time';

/** One bus between two stops on one service day. */
export interface Departure {
  trip: Trip;
  route: Route;
  serviceDate: string;
  departure: Date;
  arrival: Date;
}

/**
 * Trips from `fromStopId` to `toStopId` (in that order) leaving from `now` to the end of
 * tomorrow in the agency's zone, soonest first. Yesterday's service day is included because
 * its trips may run past midnight.
 */
export function nextDepartures(transit: Transit, fromStopId: string, toStopId: string, now: Date): Departure[] {
  const routes = new Map(transit.routes.map((route) => [route.id, route]));
  const services = new Map(transit.services.map((service) => [service.id, service]));
  const zones = new Map(transit.agencies.map((agency) => [agency.id, agency.timezone]));
  const departures: Departure[] = [];
  for (const trip of transit.trips) {
    const from = trip.stopTimes.findIndex(([stopId]) => stopId === fromStopId);
    const to = trip.stopTimes.findIndex(([stopId], index) => index > from && stopId === toStopId);
    if (from < 0 || to < 0) continue;
    const route = routes.get(trip.routeId);
    const service = services.get(trip.serviceId);
    const timeZone = route && zones.get(route.agencyId);
    if (!route || !service || !timeZone) continue;
    const today = localServiceDate(now, timeZone);
    const lastInstant = serviceTimeToInstant(addDays(today, 2), 0, timeZone);
    for (const serviceDate of [addDays(today, -1), today, addDays(today, 1)]) {
      if (!isServiceActive(service, serviceDate)) continue;
      const departure = serviceTimeToInstant(serviceDate, trip.stopTimes[from]![2], timeZone);
      if (departure < now || departure >= lastInstant) continue;
      const arrival = serviceTimeToInstant(serviceDate, trip.stopTimes[to]![1], timeZone);
      departures.push({ trip, route, serviceDate, departure, arrival });
    }
  }
  return departures.sort((a, b) => a.departure.getTime() - b.departure.getTime());
}
