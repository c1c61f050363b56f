import type { Hazard, Site } from '../../model/datasets';
import { distanceToHazardEdge, type EdgeDistance } from '../hazards/geo';

/** How far around a site hazards are listed on its page. */
export const NEARBY_HAZARD_RADIUS_M = 1000;

/** Hazards whose edge is within 1 km of the site, nearest first (released land included: it still needs care). */
export function hazardsNearSite<H extends Pick<Hazard, 'geometry'>>(site: Pick<Site, 'lat' | 'lon'>, hazards: readonly H[]): (EdgeDistance & { hazard: H })[] {
  return hazards
    .map((hazard) => ({ hazard, ...distanceToHazardEdge([site.lon, site.lat], hazard.geometry) }))
    .filter(({ metres }) => metres <= NEARBY_HAZARD_RADIUS_M)
    .sort((a, b) => a.metres - b.metres);
}
