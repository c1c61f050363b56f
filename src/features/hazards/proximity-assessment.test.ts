import { describe, expect, it } from 'vitest';
import { buildHazardIndex } from './nearest-hazards';
import { assessProximity } from './proximity-assessment';

// A suspected area: a circle of 300 m around 46.585 E, 39.665 N (hz-lachin-road-verges of the
// demo feed). One degree of latitude is 111,195 m on the app's sphere, so a point 1,000 m due
// north of the centre is 700 m from the edge, and one 500 m north is 200 m from it.
const circle = { id: 'sha', kind: 'sha', status: 'active', geometry: { type: 'Point' as const, coordinates: [46.585, 39.665] as [number, number], radiusM: 300 } };
const released = { id: 'rel', kind: 'released', status: 'released', geometry: { type: 'Point' as const, coordinates: [46.585, 39.6651] as [number, number], radiusM: 900 } };
const index = buildHazardIndex([circle, released]);
const north = (metres: number): [number, number] => [46.585, 39.665 + metres / 111_195];
const NOW = 1_000_000;
const isWarning = (hazard: { status: string }) => hazard.status !== 'released';
const assess = (fix: { coords: [number, number]; accuracyM: number; at?: number }, warningM = 500) => assessProximity(index, { at: NOW, ...fix }, warningM, NOW, isWarning);

describe('assessProximity', () => {
  it('warns, and says the position is uncertain, for a fix accurate to 2 km 700 m from a suspected area', () => {
    const result = assess({ coords: north(1000), accuracyM: 2000 });
    expect(result.danger?.hazard.id).toBe('sha');
    expect(result.danger?.metres).toBeCloseTo(700, 0);
    expect(result).toMatchObject({ isUncertain: true, isOld: false, reachM: 2500, accuracyM: 2000 });
  });

  it('does not warn for a sharp fix 700 m away, and does not call the position uncertain', () => {
    expect(assess({ coords: north(1000), accuracyM: 10 })).toMatchObject({ danger: undefined, isUncertain: false, reachM: 510 });
  });

  it('warns when the fix may be within the distance (700 m away, accurate to 300 m), without calling it uncertain', () => {
    expect(assess({ coords: north(1000), accuracyM: 300 })).toMatchObject({ danger: { hazard: { id: 'sha' } }, isUncertain: false, reachM: 800 });
  });

  it('keeps warning from a fix 45 s old, and says it is old', () => {
    const result = assess({ coords: north(500), accuracyM: 10, at: NOW - 45_000 });
    expect(result.danger?.hazard.id).toBe('sha');
    expect(result).toMatchObject({ isUncertain: true, isOld: true, ageMs: 45_000 });
    expect(assess({ coords: north(500), accuracyM: 10, at: NOW - 25_000 })).toMatchObject({ isOld: false, isUncertain: false });
  });

  it('never warns for released land, whatever the accuracy', () => {
    expect(assess({ coords: released.geometry.coordinates, accuracyM: 5 }).danger?.hazard.id).toBe('sha');
    expect(assessProximity(buildHazardIndex([released]), { coords: released.geometry.coordinates, accuracyM: 5000, at: NOW }, 500, NOW, isWarning).danger).toBeUndefined();
  });

  it('treats a fix without an accuracy as exact', () => {
    expect(assess({ coords: north(1000), accuracyM: Number.NaN })).toMatchObject({ danger: undefined, reachM: 500, accuracyM: 0 });
  });
});
