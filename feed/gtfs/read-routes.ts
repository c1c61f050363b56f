import type { Route } from '../../src/model/datasets';
import { fieldError, optionalText, requiredText } from './gtfs-fields';
import type { ColumnRule, GtfsRow } from './gtfs-table';
import type { ImportContext } from './import-context';
import { RecordIds } from './record-ids';

/** The columns routes.txt must have. */
export const ROUTE_COLUMNS: readonly ColumnRule[] = ['route_id', ['route_short_name', 'route_long_name']];

/** Routes from routes.txt (notes empty: they come from a side file), with the record ids of their GTFS route_ids. */
export function readRoutes(
  rows: readonly GtfsRow[],
  agencyIdOf: (route: GtfsRow) => string,
  context: ImportContext,
): { routes: Route[]; ids: RecordIds } {
  const ids = new RecordIds();
  const routes = rows.map((row): Route => {
    const gtfsId = requiredText(row, 'route_id');
    const shortName = optionalText(row, 'route_short_name');
    const longName = optionalText(row, 'route_long_name');
    if (shortName === undefined && longName === undefined) {
      throw fieldError(row, 'route_long_name', 'is empty and so is route_short_name; one of them is required');
    }
    return {
      id: ids.add(row, 'route_id', gtfsId),
      source: context.source,
      verifiedAt: context.verifiedAt,
      agencyId: agencyIdOf(row),
      shortName: shortName ?? '',
      longName:
        longName !== undefined
          ? context.translate('routes', 'route_long_name', gtfsId, longName)
          : context.translate('routes', 'route_short_name', gtfsId, shortName!),
      notes: [],
    };
  });
  return { routes, ids };
}
