// Which days a service runs. Pure (no Node, no DOM): the bus screens and the publisher's GTFS tests use it.
import type { Service } from './datasets';
import { fromDayNumber, toDayNumber, weekdayIndex } from './gtfs-date';

/** Whether a service runs on a service day given as YYYYMMDD; calendar_dates exceptions override weekdays. */
export function isServiceActive(service: Service, yyyymmdd: string): boolean {
  const day = dayNumber(yyyymmdd);
  // A date both removed and added is invalid GTFS; "no bus" is the safer reading of it.
  if (service.removedDates.includes(yyyymmdd)) return false;
  if (service.addedDates.includes(yyyymmdd)) return true;
  return yyyymmdd >= service.startDate && yyyymmdd <= service.endDate && service.weekdays[weekdayIndex(day)] === true;
}

/** The first and last days (YYYYMMDD) on which any of the services runs; undefined if none ever runs. */
export function serviceDateRange(services: readonly Service[]): { first: string; last: string } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const service of services) {
    const removed = new Set(service.removedDates);
    const days = service.addedDates.filter((date) => !removed.has(date));
    const start = dayNumber(service.startDate);
    const end = dayNumber(service.endDate);
    const firstByWeekday = findWeekdayRun(service, removed, start, end, 1);
    if (firstByWeekday !== undefined) days.push(fromDayNumber(firstByWeekday), fromDayNumber(findWeekdayRun(service, removed, end, start, -1)!));
    for (const date of days) {
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** Whether the services have no day left to run on, on or after the given YYYYMMDD day. */
export function hasServiceEnded(services: readonly Service[], yyyymmdd: string): boolean {
  dayNumber(yyyymmdd);
  const range = serviceDateRange(services);
  return range === undefined || range.last < yyyymmdd;
}

/** The nearest day from `from` towards `to` that the weekdays select and no exception removes. */
function findWeekdayRun(service: Service, removed: ReadonlySet<string>, from: number, to: number, step: 1 | -1): number | undefined {
  if (!service.weekdays.includes(true)) return undefined;
  for (let day = from; step > 0 ? day <= to : day >= to; day += step) {
    if (service.weekdays[weekdayIndex(day)] && !removed.has(fromDayNumber(day))) return day;
  }
  return undefined;
}

function dayNumber(yyyymmdd: string): number {
  const day = toDayNumber(yyyymmdd);
  if (day === undefined) throw new RangeError(`"${yyyymmdd}" is not a date as YYYYMMDD`);
  return day;
}
