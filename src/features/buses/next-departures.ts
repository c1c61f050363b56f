// Which departures come next, from the timetable and the clock.
import type { Route, Service, Trip } from '../../model/datasets';
import type { Transit } from '../../data/tables';
import { isServiceActive } from '../../model/service-days';
import { addDays, localServiceDate, serviceDayStart } from './zoned-time';

/** A trip that serves `from` and then `to`, with what is needed to time it on any day. */
export interface TripLeg {
  trip: Trip;
  route: Route;
  service: Service;
  timeZone: string;
  fromIndex: number;
  toIndex: number;
}

/** One bus between two stops on one service day. */
export interface Departure {
  leg: TripLeg;
  serviceDate: string;
  departure: Date;
  arrival: Date;
}

/**
 * Trips that call at one of `fromStops` and later at one of `toStops`. A place may have several
 * stops (Stepanakert's square and its bus station), hence the sets. Independent of time, so a
 * screen computes it once per choice of stops.
 */
export function tripLegs(transit: Transit, fromStops: ReadonlySet<string>, toStops: ReadonlySet<string>): TripLeg[] {
  const routes = new Map(transit.routes.map((route) => [route.id, route]));
  const services = new Map(transit.services.map((service) => [service.id, service]));
  const zones = new Map(transit.agencies.map((agency) => [agency.id, agency.timezone]));
  const legs: TripLeg[] = [];
  for (const trip of transit.trips) {
    const fromIndex = trip.stopTimes.findIndex(([stopId]) => fromStops.has(stopId));
    if (fromIndex < 0) continue;
    const toIndex = trip.stopTimes.findIndex(([stopId], index) => index > fromIndex && toStops.has(stopId));
    const route = routes.get(trip.routeId);
    const service = services.get(trip.serviceId);
    const timeZone = route && zones.get(route.agencyId);
    if (toIndex < 0 || !route || !service || !timeZone) continue;
    legs.push({ trip, route, service, timeZone, fromIndex, toIndex });
  }
  return legs;
}

function departureOn(leg: TripLeg, serviceDate: string): Departure {
  const dayStart = serviceDayStart(serviceDate, leg.timeZone);
  return {
    leg,
    serviceDate,
    departure: new Date(dayStart + leg.trip.stopTimes[leg.fromIndex]![2] * 1000),
    arrival: new Date(dayStart + leg.trip.stopTimes[leg.toIndex]![1] * 1000),
  };
}

const byDeparture = (a: Departure, b: Departure) => a.departure.getTime() - b.departure.getTime();

/** Every departure of the legs on one service date, in time order (the timetable for a day). */
export function departuresOn(legs: TripLeg[], serviceDate: string): Departure[] {
  return legs.filter((leg) => isServiceActive(leg.service, serviceDate)).map((leg) => departureOn(leg, serviceDate)).sort(byDeparture);
}

/**
 * Departures from `now` to the end of tomorrow in each agency's zone, soonest first.
 * Yesterday's service day is included because its trips may run past midnight.
 */
export function nextDepartures(legs: TripLeg[], now: Date): Departure[] {
  const windows = new Map<string, { dates: string[]; end: number }>();
  const departures: Departure[] = [];
  for (const leg of legs) {
    let window = windows.get(leg.timeZone);
    if (!window) {
      const today = localServiceDate(now, leg.timeZone);
      window = { dates: [addDays(today, -1), today, addDays(today, 1)], end: serviceDayStart(addDays(today, 2), leg.timeZone) };
      windows.set(leg.timeZone, window);
    }
    for (const serviceDate of window.dates) {
      if (!isServiceActive(leg.service, serviceDate)) continue;
      const departure = departureOn(leg, serviceDate);
      const time = departure.departure.getTime();
      if (time >= now.getTime() && time < window.end) departures.push(departure);
    }
  }
  return departures.sort(byDeparture);
}
