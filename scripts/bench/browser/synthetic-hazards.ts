import { HAZARD_KINDS, HAZARD_STATUSES } from '../../../src/model/vocabulary';
import type { Hazard } from '../../../src/model/datasets';
import type { L10n } from '../../../src/model/vocabulary';
import type { LonLat } from '../../../src/features/hazards/geo';

/** Where the synthetic hazards lie: the districts around Fizuli, in degrees. */
export const BENCH_AREA = { minLon: 45.8, maxLon: 47.3, minLat: 39.0, maxLat: 40.3 };

const METRES_PER_DEGREE = 111_195;
const DAY_MS = 86_400_000;

const text = (en: string, hy: string, az: string, ru: string, suffix = ''): L10n => ({ en: en + suffix, hy: hy + suffix, az: az + suffix, ru: ru + suffix });
const DESCRIPTION = text(
  'Synthetic benchmark record: suspected hazardous area, mines or unexploded ordnance may be present.',
  'Սինթետիկ գրառում չափումների համար՝ կասկածելի վտանգավոր տարածք, հնարավոր են ականներ կամ չպայթած զինամթերք։',
  'Ölçmə üçün sintetik qeyd: şübhəli təhlükəli ərazi, minalar və ya partlamamış hərbi sursat ola bilər.',
  'Синтетическая запись для замеров: предполагаемый опасный район, возможны мины или неразорвавшиеся боеприпасы.',
);
const ADVICE = text('Do not enter; stay on the paved road.', 'Մի՛ մտեք, մնացեք ասֆալտապատ ճանապարհին։', 'İçəri girməyin, asfalt yoldan çıxmayın.', 'Не заходите, держитесь асфальтированной дороги.');

/**
 * `count` hazards that HazardSchema accepts, the same for the same seed: half circles of
 * 50–1500 m, half star-shaped polygons of 8–20 vertices reaching 100–1500 m, one in ten with a hole.
 */
export function syntheticHazards(count: number, random: () => number): Hazard[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i): Hazard => {
    const centre: LonLat = [
      round6(BENCH_AREA.minLon + random() * (BENCH_AREA.maxLon - BENCH_AREA.minLon)),
      round6(BENCH_AREA.minLat + random() * (BENCH_AREA.maxLat - BENCH_AREA.minLat)),
    ];
    const reportedMs = Date.UTC(2020, 10, 10) + Math.floor(random() * 50) * DAY_MS;
    const number = ` ${i + 1}`;
    return {
      id: `bench-${String(i + 1).padStart(5, '0')}`,
      source: 'Homeward benchmark (synthetic)',
      verifiedAt: isoDate(reportedMs + Math.floor(random() * 10) * DAY_MS),
      kind: pick(HAZARD_KINDS),
      status: pick(HAZARD_STATUSES),
      geometry: random() < 0.5 ? { type: 'Point', coordinates: centre, radiusM: Math.round(50 + random() * 1450) } : polygonAround(centre, random),
      title: text('Benchmark hazard', 'Փորձնական վտանգ', 'Sınaq təhlükəsi', 'Тестовая опасность', number),
      description: DESCRIPTION,
      ...(random() < 0.5 ? { advice: ADVICE } : {}),
      district: 'fizuli',
      reportedAt: isoDate(reportedMs),
    };
  });
}

function polygonAround(centre: LonLat, random: () => number): Hazard['geometry'] {
  const vertices = 8 + Math.floor(random() * 13);
  // Jittered but evenly spread angles keep every gap under 90°, so the ring is simple, holds the
  // centre, and stays at least cos 45° × its shortest reach from it: room for a hole.
  const reaches = Array.from({ length: vertices }, () => 100 + random() * 1400);
  const outer = reaches.map((reach, k) => offset(centre, reach, ((k + random() * 0.8) / vertices) * 2 * Math.PI));
  const rings = [close(outer)];
  if (random() < 0.1) {
    const holeReach = 0.3 * Math.min(...reaches);
    // GeoJSON (RFC 7946) winds holes clockwise, the outer ring counter-clockwise.
    rings.push(close(Array.from({ length: 6 }, (_, k) => offset(centre, holeReach, (-k / 6) * 2 * Math.PI))));
  }
  return { type: 'Polygon', coordinates: rings };
}

/** The position `metres` from `centre` at `angle` radians counter-clockwise from east. */
function offset([lon, lat]: LonLat, metres: number, angle: number): LonLat {
  return [
    round6(lon + (metres * Math.cos(angle)) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180))),
    round6(lat + (metres * Math.sin(angle)) / METRES_PER_DEGREE),
  ];
}

const close = (ring: LonLat[]): LonLat[] => [...ring, ring[0]!];
// Six decimals (~0.1 m), as a feed would publish them.
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
