// The near-me query: which hazards have their edge nearest the reader. Loaded with the warning,
// the list and the map, which read hazard summaries (model/datasets.ts): geometry is all it needs.
import type { Hazard } from '../../model/datasets';
import { distanceToHazardEdge, EARTH_RADIUS_M, type EdgeDistance, type LonLat } from './geo';

/** What the query needs of a hazard: its id (for a stable order) and its area. */
export type Locatable = Pick<Hazard, 'id' | 'geometry'>;

const RAD = Math.PI / 180;
// Shrinks every lower bound a little so float rounding can never lift it above the exact distance.
const BOUND_SLACK = 1 - 1e-9;

/** A hazard with its distance and direction from the query point. */
export interface NearHazard<H extends Locatable = Locatable> extends EdgeDistance {
  hazard: H;
}

/** Hazards with their bounding boxes in flat arrays; build once per data change, query many times. */
export interface HazardIndex<H extends Locatable = Locatable> {
  readonly hazards: readonly H[];
  /** minLon, minLat, maxLon, maxLat of hazard i at 4i … 4i+3, in degrees. */
  readonly boxes: Float64Array;
  /** The least cos(latitude) in each box: where a degree of longitude is shortest. */
  readonly minCosLat: Float64Array;
}

/** Precomputes each hazard's bounding box in degrees (a circle's box holds the whole cap). */
export function buildHazardIndex<H extends Locatable>(hazards: readonly H[]): HazardIndex<H> {
  const boxes = new Float64Array(hazards.length * 4);
  const minCosLat = new Float64Array(hazards.length);
  hazards.forEach((hazard, i) => {
    const box = boundingBox(hazard.geometry);
    boxes.set(box, i * 4);
    minCosLat[i] = Math.min(Math.cos(box[1] * RAD), Math.cos(box[3] * RAD));
  });
  return { hazards: [...hazards], boxes, minCosLat };
}

/**
 * The `limit` hazards whose edge is nearest `point`, by metres then id (code-unit order). Hazards
 * are examined in order of a cheap lower bound (distance to their box) and the search stops once
 * the `limit`-th best exact distance is below the next bound, so a query touches few hazards.
 */
export function nearestHazards<H extends Locatable>(index: HazardIndex<H>, point: LonLat, limit = 50, filter?: (hazard: H) => boolean): NearHazard<H>[] {
  const wanted = Math.min(Math.floor(limit), index.hazards.length);
  if (!(wanted > 0)) return [];
  if (wanted === index.hazards.length) return everyHazardByDistance(index, point, filter);
  const bounds = lowerBounds(index, point);
  // A min-heap of hazard numbers by lower bound. Heapify is O(n); only the few hazards popped pay log n.
  const queue = new Uint32Array(bounds.length);
  for (let i = 0; i < queue.length; i++) queue[i] = i;
  for (let i = (queue.length >> 1) - 1; i >= 0; i--) siftDownByBound(queue, queue.length, i, bounds);

  // A max-heap: the worst of the best so far sits on top, ready to be replaced.
  const best: NearHazard<H>[] = [];
  const isWorse = (a: NearHazard<H>, b: NearHazard<H>) => compareNear(a, b) > 0;
  for (let queued = queue.length; queued > 0; ) {
    const next = queue[0]!;
    // Strictly below: a hazard whose bound equals the worst distance could tie it and win on id.
    if (best.length === wanted && best[0]!.metres < bounds[next]!) break;
    queue[0] = queue[--queued]!;
    siftDownByBound(queue, queued, 0, bounds);

    const hazard = index.hazards[next]!;
    if (filter && !filter(hazard)) continue;
    const near: NearHazard<H> = { hazard, ...distanceToHazardEdge(point, hazard.geometry) };
    if (best.length < wanted) {
      best.push(near);
      siftUp(best, best.length - 1, isWorse);
    } else if (compareNear(near, best[0]!) < 0) {
      best[0] = near;
      siftDown(best, 0, isWorse);
    }
  }
  return best.sort(compareNear);
}

/** The whole list (what a "nearest first" screen shows): no bound can prune, so none is computed. */
function everyHazardByDistance<H extends Locatable>({ hazards }: HazardIndex<H>, point: LonLat, filter?: (hazard: H) => boolean): NearHazard<H>[] {
  const all: NearHazard<H>[] = [];
  for (const hazard of hazards) if (!filter || filter(hazard)) all.push({ hazard, ...distanceToHazardEdge(point, hazard.geometry) });
  return all.sort(compareNear);
}

function compareNear(a: NearHazard, b: NearHazard): number {
  return a.metres - b.metres || (a.hazard.id < b.hazard.id ? -1 : a.hazard.id > b.hazard.id ? 1 : 0);
}

function boundingBox(geometry: Hazard['geometry']): [minLon: number, minLat: number, maxLon: number, maxLat: number] {
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    // The padding keeps points a rounding error outside the cap's edge inside the box.
    const angle = (geometry.radiusM / EARTH_RADIUS_M) * (1 + 1e-9);
    // A cap of angular radius r spans asin(sin r / cos φ) of longitude; one reaching a pole spans all.
    const sinRatio = Math.sin(angle) / Math.cos(lat * RAD);
    const dLon = sinRatio >= 1 ? 180 : Math.asin(sinRatio) / RAD;
    const dLat = angle / RAD;
    return [lon - dLon, Math.max(-90, lat - dLat), lon + dLon, Math.min(90, lat + dLat)];
  }
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of geometry.coordinates) {
    for (const [lon, lat] of ring) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/**
 * For each hazard, metres that its edge cannot be nearer than. With gφ, gλ the latitude and
 * (wrapped) longitude gaps to the box in radians, haversine gives
 *   hav(d/R) ≥ hav(gφ) + cos φ₀ · minCos · hav(gλ),  and  hav(g) ≥ (g/2 · (1 − g²/24))²,  asin x ≥ x,
 * so d ≥ R·√((gφ·s(gφ))² + k·(gλ·s(gλ))²) with s(g) = 1 − g²/24, k = cos φ₀ · minCos: a bound on
 * the sphere, where circles are measured. Taking k = cos φ₀ · min(cos φ₀, minCos) also keeps it
 * below the distance on the point-centred projection where polygons are measured.
 */
function lowerBounds({ boxes, minCosLat }: HazardIndex<Locatable>, [lon, lat]: LonLat): Float64Array {
  const bounds = new Float64Array(minCosLat.length);
  const cosLat = Math.cos(lat * RAD);
  for (let i = 0; i < bounds.length; i++) {
    const b = i * 4;
    const gapLat = Math.max(0, boxes[b + 1]! - lat, lat - boxes[b + 3]!) * RAD;
    const gapLon = longitudeGapDeg(lon, boxes[b]!, boxes[b + 2]!) * RAD;
    const y = gapLat * (1 - (gapLat * gapLat) / 24);
    const x = gapLon * (1 - (gapLon * gapLon) / 24);
    bounds[i] = EARTH_RADIUS_M * Math.sqrt(y * y + cosLat * Math.min(cosLat, minCosLat[i]!) * x * x) * BOUND_SLACK;
  }
  return bounds;
}

/** Degrees of longitude from `lon` to [min, max] going either way round; a circle's box may pass ±180. */
function longitudeGapDeg(lon: number, min: number, max: number): number {
  const gap = (l: number) => Math.max(0, min - l, l - max);
  return Math.min(gap(lon), gap(lon - 360), gap(lon + 360));
}

// A copy of siftDown for the queue: heapify runs it over every hazard on every query, so it reads
// the bounds directly instead of calling a comparison function n log n times.
function siftDownByBound(queue: Uint32Array, size: number, start: number, bounds: Float64Array): void {
  const item = queue[start]!;
  const itemBound = bounds[item]!;
  let i = start;
  for (let child = 2 * i + 1; child < size; child = 2 * i + 1) {
    if (child + 1 < size && bounds[queue[child + 1]!]! < bounds[queue[child]!]!) child++;
    if (bounds[queue[child]!]! >= itemBound) break;
    queue[i] = queue[child]!;
    i = child;
  }
  queue[i] = item;
}

function siftDown<T>(heap: T[], start: number, isBefore: (a: T, b: T) => boolean): void {
  for (let i = start; ; ) {
    const left = 2 * i + 1;
    if (left >= heap.length) return;
    const right = left + 1;
    const child = right < heap.length && isBefore(heap[right]!, heap[left]!) ? right : left;
    const item = heap[i]!;
    if (!isBefore(heap[child]!, item)) return;
    heap[i] = heap[child]!;
    heap[child] = item;
    i = child;
  }
}

function siftUp<T>(heap: T[], start: number, isBefore: (a: T, b: T) => boolean): void {
  for (let i = start; i > 0; ) {
    const parent = (i - 1) >> 1;
    const item = heap[i]!;
    if (!isBefore(item, heap[parent]!)) return;
    heap[i] = heap[parent]!;
    heap[parent] = item;
    i = parent;
  }
}
