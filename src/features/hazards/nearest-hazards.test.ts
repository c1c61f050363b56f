import { describe, expect, it } from 'vitest';
import type { Hazard } from '../../model/datasets';
import { distanceToHazardEdge, type LonLat } from './geo';
import { buildHazardIndex, nearestHazards, type NearHazard } from './nearest-hazards';
import { seededRandom } from '../../testing/seeded-random';


function makeHazard(id: string, geometry: Hazard['geometry'], status: Hazard['status'] = 'active'): Hazard {
  return {
    id,
    source: 'test',
    verifiedAt: '2020-12-01',
    kind: 'cha',
    status,
    geometry,
    title: { en: id },
    description: { en: id },
    district: 'fizuli',
    reportedAt: '2020-11-20',
  };
}

/** Circles and star-shaped polygons (some with holes, some duplicated so distances tie). */
function randomHazards(count: number, random: () => number): Hazard[] {
  const hazards: Hazard[] = [];
  while (hazards.length < count) {
    const id = `hz-${String(hazards.length).padStart(5, '0')}`;
    const status = random() < 0.2 ? 'released' : 'active';
    const previous = hazards.at(-1);
    if (previous && random() < 0.05) {
      hazards.push(makeHazard(id, previous.geometry, status));
      continue;
    }
    const centre: LonLat = [45.8 + random() * 1.5, 39 + random() * 1.3];
    if (random() < 0.5) {
      hazards.push(makeHazard(id, { type: 'Point', coordinates: centre, radiusM: 50 + random() * 2950 }, status));
      continue;
    }
    const ring = (scaleDeg: number): LonLat[] => {
      const vertices = 8 + Math.floor(random() * 13);
      const angles = Array.from({ length: vertices }, () => random() * 2 * Math.PI).sort((a, b) => a - b);
      const positions = angles.map((angle): LonLat => {
        const reach = scaleDeg * (0.5 + random() / 2);
        return [centre[0] + reach * Math.cos(angle) * 1.3, centre[1] + reach * Math.sin(angle)];
      });
      return [...positions, positions[0]!];
    };
    const outer = ring(0.002 + random() * 0.02);
    hazards.push(makeHazard(id, { type: 'Polygon', coordinates: random() < 0.2 ? [outer, ring(0.0008)] : [outer] }, status));
  }
  // Shuffled so that index order, id order and distance order all differ.
  return hazards.sort(() => random() - 0.5);
}

function bruteForce(hazards: Hazard[], point: LonLat, limit: number, filter?: (hazard: Hazard) => boolean): NearHazard[] {
  return hazards
    .filter((hazard) => !filter || filter(hazard))
    .map((hazard) => ({ hazard, ...distanceToHazardEdge(point, hazard.geometry) }))
    .sort((a, b) => a.metres - b.metres || (a.hazard.id < b.hazard.id ? -1 : 1))
    .slice(0, limit);
}

describe('nearestHazards', () => {
  const random = seededRandom(20201110);
  const hazards = randomHazards(2000, random);
  const index = buildHazardIndex(hazards);
  // Random points over and around the area, and some at hazard centres, where several overlap.
  const points: LonLat[] = Array.from({ length: 50 }, (_, i) => {
    if (i % 5 === 0) {
      const { geometry } = hazards[Math.floor(random() * hazards.length)]!;
      return geometry.type === 'Point' ? geometry.coordinates : geometry.coordinates[0]![0]!;
    }
    return [45.5 + random() * 2.1, 38.7 + random() * 1.9];
  });

  it('returns exactly what a brute-force scan of 2,000 hazards returns, at 50 random points', () => {
    for (const point of points) {
      for (const limit of [1, 50]) expect(nearestHazards(index, point, limit), `${point} limit ${limit}`).toEqual(bruteForce(hazards, point, limit));
    }
  });

  it('breaks ties on distance by id, as inside several hazards at once', () => {
    const duplicated = hazards.find((hazard, i) => hazards.some((other, j) => j !== i && other.geometry === hazard.geometry))!;
    const point = duplicated.geometry.type === 'Point' ? duplicated.geometry.coordinates : duplicated.geometry.coordinates[0]![0]!;
    const found = nearestHazards(index, point, 50);
    const zeros = found.filter((near) => near.metres === 0);
    expect(zeros.length).toBeGreaterThan(1);
    expect(zeros.map((near) => near.hazard.id)).toEqual(zeros.map((near) => near.hazard.id).sort());
  });

  it('defaults to the nearest 50', () => {
    expect(nearestHazards(index, points[1]!)).toHaveLength(50);
  });

  it('finds the nearest from far outside the area', () => {
    const tbilisi: LonLat = [44.79, 41.72];
    expect(nearestHazards(index, tbilisi, 10)).toEqual(bruteForce(hazards, tbilisi, 10));
  });

  it('returns every hazard, sorted, when the limit is larger than the count', () => {
    const few = hazards.slice(0, 30);
    const found = nearestHazards(buildHazardIndex(few), points[3]!, 100);
    expect(found).toHaveLength(30);
    expect(found).toEqual(bruteForce(few, points[3]!, 100));
  });

  it('applies the filter before choosing the nearest', () => {
    const isActive = (hazard: Hazard) => hazard.status === 'active';
    for (const point of points.slice(0, 10)) {
      const found = nearestHazards(index, point, 20, isActive);
      expect(found.every(({ hazard }) => hazard.status === 'active')).toBe(true);
      expect(found).toEqual(bruteForce(hazards, point, 20, isActive));
    }
    expect(nearestHazards(index, points[4]!, Infinity, isActive)).toEqual(bruteForce(hazards, points[4]!, Infinity, isActive));
    expect(nearestHazards(index, points[0]!, 20, () => false)).toEqual([]);
  });

  it('returns nothing from an empty index or for a limit of 0', () => {
    expect(nearestHazards(buildHazardIndex([]), [46.5, 39.6])).toEqual([]);
    expect(nearestHazards(index, [46.5, 39.6], 0)).toEqual([]);
  });

  it('finds a circle across the antimeridian from either side', () => {
    const across = [
      makeHazard('east-side', { type: 'Point', coordinates: [179.999, 10], radiusM: 500 }),
      makeHazard('west-side', { type: 'Point', coordinates: [-179.999, 10], radiusM: 500 }),
      makeHazard('far', { type: 'Point', coordinates: [179, 10], radiusM: 500 }),
    ];
    const acrossIndex = buildHazardIndex(across);
    for (const point of [[180, 10], [-180, 10], [179.99, 10.01]] satisfies LonLat[]) {
      expect(nearestHazards(acrossIndex, point, 2), `${point}`).toEqual(bruteForce(across, point, 2));
    }
  });
});
