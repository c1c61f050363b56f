import type { Hazard } from '../../model/datasets';

/** A representative [lon, lat] for a hazard: the point, or the mean of the polygon's outer ring. */
export function hazardCentre(hazard: Pick<Hazard, 'geometry'>): [number, number] {
  const { geometry } = hazard;
  if (geometry.type === 'Point') return geometry.coordinates;
  // The ring is closed (last = first), so the last position is left out of the mean.
  const ring = geometry.coordinates[0]!.slice(0, -1);
  const sum = ring.reduce(([lonSum, latSum], [lon, lat]) => [lonSum + lon, latSum + lat], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}
