import { describe, expect, it } from 'vitest';
import { sampleTables } from '../../../feed/testing/sample-tables';
import { hazardsNearSite } from './nearby-hazards';

const [hazard] = sampleTables().hazards.hazards; // a 300 m circle at 39.61 N, 47.15 E
const [site] = sampleTables().sites.sites;
const METRES_PER_DEGREE_LAT = 111_195;

describe('hazardsNearSite', () => {
  it('lists a hazard whose edge is within 1 km, with its distance to the edge', () => {
    const near = { ...site!, lat: 39.61 + 1000 / METRES_PER_DEGREE_LAT, lon: 47.15 }; // 1,000 m from centre, 700 m from edge
    const [found] = hazardsNearSite(near, [hazard!]);
    expect(found!.metres).toBeCloseTo(700, -1);
    expect(found!.isInside).toBe(false);
  });

  it('leaves out a hazard whose edge is farther than 1 km', () => {
    const far = { ...site!, lat: 39.61 + 1400 / METRES_PER_DEGREE_LAT, lon: 47.15 }; // 1,100 m from the edge
    expect(hazardsNearSite(far, [hazard!])).toEqual([]);
  });
});
