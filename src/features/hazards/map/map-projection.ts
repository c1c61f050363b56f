import type { LonLat } from '../geo';

const METRES_PER_DEGREE = 111_320;

/** A local equirectangular projection in metres: exact enough for a district-scale sketch map. */
export interface Projection {
  project: (point: LonLat) => [x: number, y: number];
}

/** Projection centred on `centre`; y grows southwards, as SVG's does. */
export function projectionAround([lon0, lat0]: LonLat): Projection {
  const xScale = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  return { project: ([lon, lat]) => [(lon - lon0) * xScale, -(lat - lat0) * METRES_PER_DEGREE] };
}

/** A view box [x, y, width, height] around points, with a margin in metres. */
export function fitViewBox(points: [number, number][], marginM: number): [number, number, number, number] {
  if (points.length === 0) return [-5000, -5000, 10_000, 10_000];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return [minX - marginM, minY - marginM, maxX - minX + 2 * marginM, maxY - minY + 2 * marginM];
}
