// First-load module: distances and directions on the Earth, for hazard cards and warnings. Pure
// maths, no DOM.
import type { Hazard } from '../../model/datasets';

/** A position as GeoJSON orders it: longitude, then latitude, in degrees. */
export type LonLat = [number, number];

/** Mean Earth radius (IUGG), in metres: the sphere every distance here is measured on. */
export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LonLat, b: LonLat): number {
  const sinHalfLat = Math.sin(((b[1] - a[1]) * RAD) / 2);
  const sinHalfLon = Math.sin(((b[0] - a[0]) * RAD) / 2);
  const h = sinHalfLat * sinHalfLat + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * sinHalfLon * sinHalfLon;
  // Rounding can push h a hair above 1 for antipodal points; asin would then return NaN.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** Initial great-circle bearing from `from` to `to`: degrees clockwise from true north, 0 ≤ b < 360. */
export function initialBearingDeg(from: LonLat, to: LonLat): number {
  const lat1 = from[1] * RAD;
  const lat2 = to[1] * RAD;
  const dLon = (to[0] - from[0]) * RAD;
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return normaliseDeg(Math.atan2(y, x) / RAD);
}

const COMPASS_POINTS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
/** The eight points of the compass, lower-case. */
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** One of 8 sectors of 45° centred on the point; a boundary belongs to the sector clockwise of it (22.5° is 'ne'). */
export function compassPoint(bearingDeg: number): CompassPoint {
  return COMPASS_POINTS[Math.floor(normaliseDeg(bearingDeg + 22.5) / 45) % 8]!;
}

/**
 * Even-odd rule over all rings, so a point in a hole is outside. Rings are [lon, lat] and may be
 * closed or not. A point exactly on an edge may land either side; callers that care use the
 * edge distance, which is 0 there.
 */
export function isPointInPolygon(point: LonLat, rings: LonLat[][]): boolean {
  const [x, y] = point;
  let isInside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isInside = !isInside;
    }
  }
  return isInside;
}

/** How far the reader is from a hazard area, and which way its nearest point lies. */
export interface EdgeDistance {
  /** Metres to the nearest point of the area; 0 inside it. */
  metres: number;
  isInside: boolean;
  /**
   * Initial bearing toward the nearest point of the area's edge. Outside, that is the way to the
   * area (for a circle, toward its centre). Inside, it is the shortest way to the edge (for a
   * circle, directly away from the centre) — a geometric fact, not a safe route out. 0 when the
   * reader is on the edge or at a circle's centre, where no direction is nearer than another.
   */
  bearingDeg: number;
}

/**
 * Distance from a point to a hazard's edge. Circles are measured on the sphere. Polygons on an
 * equirectangular projection centred on the point, which keeps errors well under 1% at the
 * ≤ 50 km that matter; polygons must not cross the antimeridian (the feed covers the Caucasus).
 */
export function distanceToHazardEdge(point: LonLat, geometry: Hazard['geometry']): EdgeDistance {
  if (geometry.type === 'Point') {
    const toCentre = distanceMeters(point, geometry.coordinates);
    if (toCentre === 0) return { metres: 0, isInside: true, bearingDeg: 0 };
    const bearingToCentre = initialBearingDeg(point, geometry.coordinates);
    if (toCentre <= geometry.radiusM) return { metres: 0, isInside: true, bearingDeg: normaliseDeg(bearingToCentre + 180) };
    return { metres: toCentre - geometry.radiusM, isInside: false, bearingDeg: bearingToCentre };
  }

  // Metres per degree on the local projection; the point is its origin.
  const metresPerDegLat = EARTH_RADIUS_M * RAD;
  const metresPerDegLon = metresPerDegLat * Math.cos(point[1] * RAD);
  let best = Infinity;
  let nearestX = 0;
  let nearestY = 0;
  for (const ring of geometry.coordinates) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = (ring[j]![0] - point[0]) * metresPerDegLon;
      const ay = (ring[j]![1] - point[1]) * metresPerDegLat;
      const bx = (ring[i]![0] - point[0]) * metresPerDegLon;
      const by = (ring[i]![1] - point[1]) * metresPerDegLat;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      // Where the perpendicular from the origin meets the segment, clamped to its ends.
      const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
      const x = ax + t * dx;
      const y = ay + t * dy;
      const squared = x * x + y * y;
      if (squared < best) {
        best = squared;
        nearestX = x;
        nearestY = y;
      }
    }
  }
  const metres = Math.sqrt(best);
  const bearingDeg = metres === 0 ? 0 : initialBearingDeg(point, [point[0] + nearestX / metresPerDegLon, point[1] + nearestY / metresPerDegLat]);
  if (isPointInPolygon(point, geometry.coordinates)) return { metres: 0, isInside: true, bearingDeg };
  return { metres, isInside: false, bearingDeg };
}

function normaliseDeg(deg: number): number {
  const wrapped = deg % 360;
  // `+ 0` turns -0 into 0; `=== 360` catches -1e-15 % 360 + 360 rounding up to 360.
  const positive = wrapped < 0 ? wrapped + 360 : wrapped + 0;
  return positive === 360 ? 0 : positive;
}
