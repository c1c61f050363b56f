import type { Service } from '../../src/model/datasets';
import { GtfsError } from './gtfs-error';
import { fieldError, requiredDate, requiredText } from './gtfs-fields';
import type { GtfsRow } from './gtfs-table';
import type { ImportContext } from './import-context';
import { RecordIds } from './record-ids';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The columns calendar.txt must have. */
export const CALENDAR_COLUMNS = ['service_id', ...WEEKDAYS, 'start_date', 'end_date'] as const;
/** The columns calendar_dates.txt must have. */
export const CALENDAR_DATE_COLUMNS = ['service_id', 'date', 'exception_type'] as const;

/** Services from calendar.txt and calendar_dates.txt (either may be absent, not both), with their record ids. */
export function readServices(
  calendar: readonly GtfsRow[] | undefined,
  calendarDates: readonly GtfsRow[] | undefined,
  context: Pick<ImportContext, 'source' | 'verifiedAt'>,
): { services: Service[]; ids: RecordIds } {
  if (!calendar && !calendarDates) {
    throw new GtfsError({ file: 'calendar.txt' }, 'required file is missing from the feed, and so is calendar_dates.txt; one is required', 'missing_calendar_and_calendar_date_files');
  }
  const ids = new RecordIds();
  const services = new Map<string, Service>();
  for (const row of calendar ?? []) {
    const gtfsId = requiredText(row, 'service_id');
    const startDate = requiredDate(row, 'start_date');
    const endDate = requiredDate(row, 'end_date');
    if (endDate < startDate) throw fieldError(row, 'end_date', `${endDate} is before start_date ${startDate}`);
    const [mon, tue, wed, thu, fri, sat, sun] = WEEKDAYS.map((day) => readFlag(row, day));
    services.set(gtfsId, {
      id: ids.add(row, 'service_id', gtfsId),
      source: context.source,
      verifiedAt: context.verifiedAt,
      weekdays: [mon!, tue!, wed!, thu!, fri!, sat!, sun!],
      startDate,
      endDate,
      addedDates: [],
      removedDates: [],
    });
  }
  const datesOnly = new Set<string>();
  const exceptionLines = new Map<string, number>();
  for (const row of calendarDates ?? []) {
    const gtfsId = requiredText(row, 'service_id');
    const date = requiredDate(row, 'date');
    const exception = requiredText(row, 'exception_type');
    if (exception !== '1' && exception !== '2') throw fieldError(row, 'exception_type', `"${exception}" is not 1 (added) or 2 (removed)`);
    const earlier = exceptionLines.get(`${gtfsId}\u0000${date}`);
    if (earlier !== undefined) throw fieldError(row, 'date', `service "${gtfsId}" already has an exception on ${date} (line ${earlier})`);
    exceptionLines.set(`${gtfsId}\u0000${date}`, row.line);
    let service = services.get(gtfsId);
    if (!service) {
      // A service defined by calendar_dates.txt alone runs on its added dates only.
      service = {
        id: ids.add(row, 'service_id', gtfsId),
        source: context.source,
        verifiedAt: context.verifiedAt,
        weekdays: [false, false, false, false, false, false, false],
        startDate: date,
        endDate: date,
        addedDates: [],
        removedDates: [],
      };
      services.set(gtfsId, service);
      datesOnly.add(gtfsId);
    }
    (exception === '1' ? service.addedDates : service.removedDates).push(date);
    if (datesOnly.has(gtfsId)) {
      if (date < service.startDate) service.startDate = date;
      if (date > service.endDate) service.endDate = date;
    }
  }
  for (const service of services.values()) {
    service.addedDates.sort();
    service.removedDates.sort();
  }
  return { services: [...services.values()], ids };
}

function readFlag(row: GtfsRow, column: string): boolean {
  const text = requiredText(row, column);
  if (text !== '0' && text !== '1') throw fieldError(row, column, `"${text}" is not 0 or 1`);
  return text === '1';
}
