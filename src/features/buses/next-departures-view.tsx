// The next buses of the chosen journey: Home loads this chunk once its hazards are on screen.
import { agencyZone, upcomingDepartures } from './buses-state';
import { DepartureList } from './departure-list';
import { ServiceNotices } from './service-notices';

/** The next buses of the chosen journey (Home shows the first two). */
export function NextDepartures({ limit }: { limit?: number }) {
  return (
    <>
      <ServiceNotices />
      <DepartureList departures={upcomingDepartures.value.slice(0, limit)} timeZone={agencyZone.value} />
    </>
  );
}
