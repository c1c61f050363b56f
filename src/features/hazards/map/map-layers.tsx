// The layers of the offline map, bottom to top: roads, hazard areas, heritage sites, towns and
// the reader's position. Each draws from the feed's data in map metres (see map-projection.ts).
import type { HazardSummary, MapLine, Place, Site } from '../../../model/datasets';
import type { HazardKind } from '../../../model/vocabulary';
import { t } from '../../../i18n/i18n';
import { localString } from '../../../ui/local-text';
import { hazardCentre } from '../hazard-centre';
import { kindLabelKey } from '../hazard-labels';
import type { Position } from '../location';
import type { Projection } from './map-projection';

// IMSMA's colours for CHA (red) and SHA (amber), semi-transparent; each kind also has its own
// outline pattern so the map reads without colour vision.
const STYLE: Record<HazardKind, { fill: string; stroke: string; dash?: string }> = {
  cha: { fill: '#FF0000', stroke: '#a00000' },
  sha: { fill: '#F4A718', stroke: '#8a5a00', dash: '6 3' },
  erw: { fill: '#7a1f00', stroke: '#4a1300', dash: '2 2' },
  accident: { fill: '#222222', stroke: '#000000', dash: '8 2 2 2' },
  released: { fill: 'none', stroke: '#36454f', dash: '10 4' },
};

/** Main roads, roads and the line of contact. */
export function RoadLayer({ lines, projection }: { lines: readonly MapLine[]; projection: Projection }) {
  return (
    <>
      {lines.map((line) => (
        <polyline
          key={line.id}
          points={line.coordinates.map((point) => projection.project(point).join(',')).join(' ')}
          fill="none"
          stroke={line.kind === 'contact-line' ? '#5b2a86' : '#8c8c8c'}
          stroke-width={line.kind === 'main-road' ? 4 : 2}
          stroke-dasharray={line.kind === 'contact-line' ? '12 6' : undefined}
          vector-effect="non-scaling-stroke"
        >
          {line.name && <title>{localString(line.name)}</title>}
        </polyline>
      ))}
    </>
  );
}

function HazardShape({ hazard, projection, markerSize }: { hazard: HazardSummary; projection: Projection; markerSize: number }) {
  const style = STYLE[hazard.kind];
  const common = {
    fill: style.fill,
    'fill-opacity': 0.4,
    stroke: style.stroke,
    'stroke-width': 2,
    'stroke-dasharray': style.dash,
    'vector-effect': 'non-scaling-stroke',
  };
  const label = `${t(kindLabelKey(hazard.kind))}: ${localString(hazard.title)}`;
  const { geometry } = hazard;
  const shape =
    geometry.type === 'Point' ? (
      <circle cx={projection.project(geometry.coordinates)[0]} cy={projection.project(geometry.coordinates)[1]} r={geometry.radiusM} {...common} />
    ) : (
      <path d={geometry.coordinates.map((ring) => `M${ring.map((point) => projection.project(point).join(' ')).join('L')}Z`).join('')} fill-rule="evenodd" {...common} />
    );
  // Areas are hundreds of metres across: at district scale they would vanish, so a marker of
  // constant screen size sits on each, and doubles as a finger-sized tap target.
  const [x, y] = projection.project(hazardCentre(hazard));
  return (
    <a href={`/hazards/${encodeURIComponent(hazard.id)}`} aria-label={label} data-testid="map-hazard" data-kind={hazard.kind}>
      <title>{label}</title>
      {shape}
      <circle cx={x} cy={y} r={markerSize} fill={style.fill === 'none' ? '#ffffff' : style.fill} stroke={style.stroke} stroke-width="2" stroke-dasharray={style.dash} vector-effect="non-scaling-stroke" />
    </a>
  );
}

/** Every hazard area, each a link to its record. */
export function HazardLayer({ hazards, projection, markerSize }: { hazards: readonly HazardSummary[]; projection: Projection; markerSize: number }) {
  return (
    <>
      {hazards.map((hazard) => (
        <HazardShape key={hazard.id} hazard={hazard} projection={projection} markerSize={markerSize} />
      ))}
    </>
  );
}

/** Heritage sites as squares, each a link to its page. */
export function SiteLayer({ sites, projection, size }: { sites: readonly Site[]; projection: Projection; size: number }) {
  return (
    <>
      {sites.map((site) => {
        const [x, y] = projection.project([site.lon, site.lat]);
        return (
          <a key={site.id} href={`/sites/${encodeURIComponent(site.id)}`} aria-label={localString(site.name)} data-testid="map-site">
            <title>{localString(site.name)}</title>
            <rect x={x - size / 2} y={y - size / 2} width={size} height={size} fill="#2b4c7e" />
          </a>
        );
      })}
    </>
  );
}

/** Towns and districts with their names in the reader's language. */
export function TownLayer({ places, projection, fontSize }: { places: readonly Place[]; projection: Projection; fontSize: number }) {
  return (
    <>
      {places.map((place) => {
        const [x, y] = projection.project([place.lon, place.lat]);
        return (
          <g key={place.id}>
            <circle cx={x} cy={y} r={fontSize / 4} fill="#1a1a1a" />
            <text x={x + fontSize / 2} y={y + fontSize / 3} font-size={fontSize} fill="#1a1a1a" stroke="#fff" stroke-width={fontSize / 8} paint-order="stroke">
              {localString(place.name)}
            </text>
          </g>
        );
      })}
    </>
  );
}

/** The reader's position, with a circle as wide as the fix is uncertain. */
export function PositionLayer({ position, projection, size }: { position: Position; projection: Projection; size: number }) {
  const [x, y] = projection.project(position.coords);
  return (
    <g data-testid="map-position">
      <circle cx={x} cy={y} r={position.accuracyM} fill="#0b5fff" fill-opacity="0.15" stroke="#0b5fff" vector-effect="non-scaling-stroke" />
      <circle cx={x} cy={y} r={size / 2} fill="#0b5fff" stroke="#fff" stroke-width="2" vector-effect="non-scaling-stroke">
        <title>{t('map.you')}</title>
      </circle>
    </g>
  );
}
