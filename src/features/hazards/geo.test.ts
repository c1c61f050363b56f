import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import demoFeed from '../../../feed/sources/hazards.json';
import { HazardSchema } from '../../model/record-schemas';
import type { Hazard } from '../../model/datasets';
import { compassPoint, distanceMeters, distanceToHazardEdge, initialBearingDeg, isPointInPolygon, type LonLat } from './geo';

// Hand computation: one degree of arc on the IUGG mean sphere is 6,371,008.8 m × π / 180.
const METRES_PER_DEGREE = 111_195.08;
const dms = (deg: number, min: number, sec: number) => deg + min / 60 + sec / 3600;

describe('distanceMeters and initialBearingDeg', () => {
  // Chris Veness, Movable Type Scripts, "Calculate distance, bearing and more between
  // Latitude/Longitude points" (www.movable-type.co.uk/scripts/latlong.html), worked example:
  // 968.9 km on R = 6371 km (our radius is 8.8 m larger: +1.3 m here), initial bearing 009°07′11″.
  const landsEnd: LonLat = [-dms(5, 42, 53), dms(50, 3, 59)];
  const johnOGroats: LonLat = [-dms(3, 4, 12), dms(58, 38, 38)];

  it("gives Veness's Land's End to John o' Groats distance, to his 0.1 km", () => {
    expect(distanceMeters(landsEnd, johnOGroats) / 1000).toBeCloseTo(968.9, 1);
  });

  it("gives Veness's Land's End to John o' Groats initial bearing, to one second of arc", () => {
    expect(Math.abs(initialBearingDeg(landsEnd, johnOGroats) - dms(9, 7, 11))).toBeLessThan(1 / 3600);
  });

  it('makes a degree of latitude 111.195 km, bearing north or south', () => {
    expect(distanceMeters([46.5, 39.6], [46.5, 40.6])).toBeCloseTo(METRES_PER_DEGREE, 1);
    expect(initialBearingDeg([46.5, 39.6], [46.5, 40.6])).toBeCloseTo(0, 9);
    expect(initialBearingDeg([46.5, 40.6], [46.5, 39.6])).toBeCloseTo(180, 9);
  });

  it('measures along the equator due east and due west', () => {
    expect(distanceMeters([0, 0], [1, 0])).toBeCloseTo(METRES_PER_DEGREE, 1);
    expect(initialBearingDeg([0, 0], [1, 0])).toBeCloseTo(90, 9);
    expect(initialBearingDeg([0, 0], [-1, 0])).toBeCloseTo(270, 9);
    // A quarter and a half of the great circle: π R / 2 and π R.
    expect(distanceMeters([10, 0], [100, 0])).toBeCloseTo(10_007_557.22, 1);
    expect(distanceMeters([0, 0], [180, 0])).toBeCloseTo(20_015_114.44, 1);
  });

  it('is zero, bearing 0, between a point and itself', () => {
    expect(distanceMeters([46.5, 39.6], [46.5, 39.6])).toBe(0);
    expect(initialBearingDeg([46.5, 39.6], [46.5, 39.6])).toBe(0);
  });
});

describe('compassPoint', () => {
  it('centres north on 0° and gives each boundary to the sector clockwise of it', () => {
    const cases: [number, ReturnType<typeof compassPoint>][] = [
      [0, 'n'],
      [22.49, 'n'],
      [22.5, 'ne'],
      [45, 'ne'],
      [67.5, 'e'],
      [90, 'e'],
      [112.5, 'se'],
      [157.5, 's'],
      [180, 's'],
      [202.5, 'sw'],
      [247.5, 'w'],
      [292.5, 'nw'],
      [337.49, 'nw'],
      [337.5, 'n'],
      [359.99, 'n'],
    ];
    for (const [bearing, point] of cases) expect(compassPoint(bearing), `${bearing}°`).toBe(point);
  });

  it('accepts bearings outside 0..360', () => {
    expect(compassPoint(360)).toBe('n');
    expect(compassPoint(-45)).toBe('nw');
    expect(compassPoint(765)).toBe('ne');
  });
});

describe('isPointInPolygon', () => {
  const outer: LonLat[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
  const hole: LonLat[] = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]];

  it('holds points inside the outer ring and not in its hole', () => {
    expect(isPointInPolygon([2, 2], [outer, hole])).toBe(true);
    expect(isPointInPolygon([5, 5], [outer, hole])).toBe(false);
    expect(isPointInPolygon([4.5, 5.5], [outer, hole])).toBe(false);
    expect(isPointInPolygon([5, 5], [outer])).toBe(true);
  });

  it('leaves out points beside or beyond the ring', () => {
    expect(isPointInPolygon([11, 5], [outer, hole])).toBe(false);
    expect(isPointInPolygon([-1, 5], [outer, hole])).toBe(false);
    expect(isPointInPolygon([5, 10.5], [outer, hole])).toBe(false);
  });

  it('handles a concave ring and a ring left unclosed', () => {
    const ell: LonLat[] = [[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4]];
    expect(isPointInPolygon([0.5, 3], [ell])).toBe(true);
    expect(isPointInPolygon([3, 3], [ell])).toBe(false);
  });
});

describe('distanceToHazardEdge', () => {
  // A 0.01° square near Fizuli: lon 47.00..47.01, lat 39.60..39.61.
  const square: Hazard['geometry'] = {
    type: 'Polygon',
    coordinates: [[[47, 39.6], [47.01, 39.6], [47.01, 39.61], [47, 39.61], [47, 39.6]]],
  };

  it('measures a point north of a polygon straight down to its top edge', () => {
    // 0.005° of latitude × 111,195.08 m = 555.98 m.
    const edge = distanceToHazardEdge([47.005, 39.615], square);
    expect(Math.abs(edge.metres - 556)).toBeLessThan(2);
    expect(edge.isInside).toBe(false);
    expect(edge.bearingDeg).toBeCloseTo(180, 6);
    expect(compassPoint(edge.bearingDeg)).toBe('s');
  });

  it('shrinks a degree of longitude by cos(latitude) for a point east of the polygon', () => {
    // 0.005° × 111,195.08 m × cos 39.605° = 428.36 m.
    const edge = distanceToHazardEdge([47.015, 39.605], square);
    expect(edge.metres).toBeCloseTo(428.36, 1);
    expect(compassPoint(edge.bearingDeg)).toBe('w');
  });

  it('measures to a corner as the haversine distance does', () => {
    // The nearest point is the corner (47.01, 39.61); haversine to it is 513.685 m.
    const edge = distanceToHazardEdge([47.013, 39.614], square);
    expect(edge.metres).toBeCloseTo(distanceMeters([47.013, 39.614], [47.01, 39.61]), 1);
    expect(compassPoint(edge.bearingDeg)).toBe('sw');
  });

  it('stays within 0.5% of the haversine distance 50 km away', () => {
    // 35 km north and 35 km east of the corner: the flat projection errs by about 0.11% here.
    const far: LonLat = [47.01 + 35_000 / (METRES_PER_DEGREE * Math.cos((39.61 * Math.PI) / 180)), 39.61 + 35_000 / METRES_PER_DEGREE];
    const exact = distanceMeters(far, [47.01, 39.61]);
    expect(Math.abs(distanceToHazardEdge(far, square).metres / exact - 1)).toBeLessThan(0.005);
  });

  it('is zero inside a polygon, bearing toward the nearest edge', () => {
    // The west edge is 0.002° of longitude away (171 m); the others are over 400 m.
    const edge = distanceToHazardEdge([47.002, 39.605], square);
    expect(edge).toMatchObject({ metres: 0, isInside: true });
    // A great circle to a point due west leaves a little north of west: 0.0006° at 171 m here.
    expect(edge.bearingDeg).toBeCloseTo(270, 2);
  });

  it('measures a point in a hole to the hole edge, outside the hazard', () => {
    const framed: Hazard['geometry'] = {
      type: 'Polygon',
      coordinates: [...square.coordinates, [[47.004, 39.604], [47.006, 39.604], [47.006, 39.606], [47.004, 39.606], [47.004, 39.604]]],
    };
    // The hole's top edge is 0.0005° of latitude north: 55.60 m.
    const edge = distanceToHazardEdge([47.005, 39.6055], framed);
    expect(edge.isInside).toBe(false);
    expect(edge.metres).toBeCloseTo(55.6, 1);
    expect(compassPoint(edge.bearingDeg)).toBe('n');
  });

  it('measures a circle to its edge, bearing toward its centre', () => {
    const circle: Hazard['geometry'] = { type: 'Point', coordinates: [47, 39.6], radiusM: 500 };
    // 0.01° of latitude = 1111.95 m to the centre, less the 500 m radius.
    const edge = distanceToHazardEdge([47, 39.61], circle);
    expect(edge.metres).toBeCloseTo(611.95, 1);
    expect(edge.isInside).toBe(false);
    expect(edge.bearingDeg).toBeCloseTo(180, 6);
  });

  it('is zero inside a circle, bearing away from the centre toward the nearest edge', () => {
    const circle: Hazard['geometry'] = { type: 'Point', coordinates: [47, 39.6], radiusM: 500 };
    expect(distanceToHazardEdge([47, 39.602], circle)).toEqual({ metres: 0, isInside: true, bearingDeg: 0 });
    const east = distanceToHazardEdge([47.001, 39.6], circle);
    expect(east).toMatchObject({ metres: 0, isInside: true });
    expect(east.bearingDeg).toBeCloseTo(90, 2);
    expect(distanceToHazardEdge([47, 39.6], circle)).toEqual({ metres: 0, isInside: true, bearingDeg: 0 });
  });
});

describe('the demo feed hazards', () => {
  const hazards = v.parse(v.array(HazardSchema), demoFeed.hazards);
  const polygons = hazards.filter((hazard) => hazard.geometry.type === 'Polygon');
  const circles = hazards.filter((hazard) => hazard.geometry.type === 'Point');
  const offsets: [string, number, number][] = [['north', 0, 1], ['east', 1, 0], ['south', 0, -1], ['west', -1, 0]];
  const moved = ([lon, lat]: LonLat, metres: number, east: number, north: number): LonLat => [
    lon + (east * metres) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180)),
    lat + (north * metres) / METRES_PER_DEGREE,
  ];

  it('has polygons and circles to test', () => {
    expect(polygons.length).toBeGreaterThan(3);
    expect(circles.length).toBeGreaterThan(3);
  });

  it("holds each polygon's own centroid inside it", () => {
    for (const { id, geometry } of polygons) {
      const rings = geometry.coordinates as LonLat[][];
      expect(isPointInPolygon(areaCentroid(rings[0]!), rings), id).toBe(true);
      expect(distanceToHazardEdge(areaCentroid(rings[0]!), geometry), id).toMatchObject({ metres: 0, isInside: true });
    }
  });

  it('leaves a point 5 km from each polygon centroid outside, 5 km less the polygon reach away', () => {
    for (const { id, geometry } of polygons) {
      const rings = geometry.coordinates as LonLat[][];
      const centroid = areaCentroid(rings[0]!);
      const reach = Math.max(...rings[0]!.map((vertex) => distanceMeters(centroid, vertex)));
      for (const [name, east, north] of offsets) {
        const point = moved(centroid, 5000, east, north);
        expect(isPointInPolygon(point, rings), `${id} ${name}`).toBe(false);
        const edge = distanceToHazardEdge(point, geometry);
        expect(edge.isInside, `${id} ${name}`).toBe(false);
        expect(edge.metres, `${id} ${name}`).toBeGreaterThanOrEqual(5000 - reach - 1);
        expect(edge.metres, `${id} ${name}`).toBeLessThanOrEqual(5001);
      }
    }
  });

  it('puts a point 5 km from each circle centre 5 km less the radius from its edge', () => {
    for (const { id, geometry } of circles) {
      if (geometry.type !== 'Point') continue;
      expect(distanceToHazardEdge(geometry.coordinates, geometry).isInside, id).toBe(true);
      for (const [name, east, north] of offsets) {
        const edge = distanceToHazardEdge(moved(geometry.coordinates, 5000, east, north), geometry);
        expect(edge.isInside, `${id} ${name}`).toBe(false);
        expect(Math.abs(edge.metres - (5000 - geometry.radiusM)), `${id} ${name}`).toBeLessThan(1);
      }
    }
  });
});

/** The area centroid of a closed ring in the lon/lat plane (shoelace formula). */
function areaCentroid(ring: LonLat[]): LonLat {
  let twiceArea = 0;
  let lon = 0;
  let lat = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    lon += (x0 + x1) * cross;
    lat += (y0 + y1) * cross;
  }
  return [lon / (3 * twiceArea), lat / (3 * twiceArea)];
}
