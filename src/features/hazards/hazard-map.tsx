import { computed } from '@preact/signals';
import { useMemo, useRef, useState } from 'preact/hooks';
import { hazards, mapLines, places, sites } from '../../app/data';
import { t } from '../../i18n/i18n';
import type { Hazard, HazardKind } from '../../sync/feed-schema';
import { localString } from '../../ui/local-text';
import type { LonLat } from './geo';
import { hazardCentre } from './hazard-centre';
import { kindLabelKey } from './hazard-labels';
import { position } from './location';
import { fitViewBox, projectionAround, type Projection } from './map-projection';

type ViewBox = [number, number, number, number];

// IMSMA's colours for CHA (red) and SHA (amber), semi-transparent; each kind also has its own
// outline pattern so the map reads without colour vision.
const STYLE: Record<HazardKind, { fill: string; stroke: string; dash?: string }> = {
  cha: { fill: '#FF0000', stroke: '#a00000' },
  sha: { fill: '#F4A718', stroke: '#8a5a00', dash: '6 3' },
  erw: { fill: '#7a1f00', stroke: '#4a1300', dash: '2 2' },
  accident: { fill: '#222222', stroke: '#000000', dash: '8 2 2 2' },
  released: { fill: 'none', stroke: '#36454f', dash: '10 4' },
};

// The map opens on where the hazards and sites are; towns farther out (Yerevan, Baku) are
// still drawn and reached by zooming out.
const areaOfInterest = computed<LonLat[]>(() => [
  ...hazards.value.map(hazardCentre),
  ...sites.value.map((site): LonLat => [site.lon, site.lat]),
]);

function HazardShape({ hazard, projection, markerSize }: { hazard: Hazard; projection: Projection; markerSize: number }) {
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
  const shape =
    hazard.geometry.type === 'Point' ? (
      <circle cx={projection.project(hazard.geometry.coordinates)[0]} cy={projection.project(hazard.geometry.coordinates)[1]} r={hazard.geometry.radiusM} {...common} />
    ) : (
      <path d={hazard.geometry.coordinates.map((ring) => `M${ring.map((point) => projection.project(point).join(' ')).join('L')}Z`).join('')} fill-rule="evenodd" {...common} />
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

/**
 * An offline SVG map: hazard areas, roads and towns from the feed, heritage sites, and the
 * reader's position with its accuracy circle. Drag to pan, pinch or wheel to zoom, or use the
 * buttons. No tiles and no third-party request.
 */
export function HazardMap({ focus, label }: { focus?: Hazard; label: string }) {
  const projection = useMemo(() => projectionAround(focus ? hazardCentre(focus) : [46.75, 39.75]), [focus]);
  const initialView = useMemo<ViewBox>(
    () => fitViewBox((focus ? [hazardCentre(focus)] : areaOfInterest.value).map(projection.project), focus ? 3000 : 8000),
    [focus, projection, areaOfInterest.value],
  );
  const [view, setView] = useState<ViewBox>(initialView);
  const svg = useRef<SVGSVGElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());

  const unitsPerPixel = () => view[2] / (svg.current?.clientWidth || 1);
  const zoom = (factor: number, anchor?: [number, number]) =>
    setView(([x, y, width, height]) => {
      const [ax, ay] = anchor ?? [x + width / 2, y + height / 2];
      return [ax - (ax - x) * factor, ay - (ay - y) * factor, width * factor, height * factor];
    });

  const onPointerMove = (event: PointerEvent) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const others = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId).map(([, point]) => point);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (others.length === 0) {
      const scale = unitsPerPixel();
      setView(([x, y, width, height]) => [x - (event.clientX - previous.x) * scale, y - (event.clientY - previous.y) * scale, width, height]);
    } else {
      // Pinch: the ratio of finger spreads before and after this move is the zoom factor.
      const other = others[0]!;
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      if (before > 0 && after > 0) zoom(before / after);
    }
  };

  const here = position.value;
  const [hereX, hereY] = here ? projection.project(here.coords) : [0, 0];
  const fontSize = Math.min(view[2], view[3] * 1.5) / 30;

  return (
    <figure class="hazard-map">
      <svg
        ref={svg}
        viewBox={view.join(' ')}
        role="img"
        aria-label={label}
        data-testid="hazard-map"
        onPointerDown={(event) => {
          (event.currentTarget as SVGSVGElement).setPointerCapture?.(event.pointerId);
          pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
        }}
        onPointerMove={onPointerMove}
        onPointerUp={(event) => pointers.current.delete(event.pointerId)}
        onPointerCancel={(event) => pointers.current.delete(event.pointerId)}
        onWheel={(event) => {
          event.preventDefault();
          zoom(event.deltaY > 0 ? 1.25 : 0.8);
        }}
      >
        <rect x={view[0] - view[2]} y={view[1] - view[3]} width={view[2] * 3} height={view[3] * 3} fill="#f4f1ea" />
        {mapLines.value.map((line) => (
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
        {hazards.value.map((hazard) => (
          <HazardShape key={hazard.id} hazard={hazard} projection={projection} markerSize={fontSize / 2.5} />
        ))}
        {sites.value.map((site) => {
          const [x, y] = projection.project([site.lon, site.lat]);
          return (
            <a key={site.id} href={`/sites/${encodeURIComponent(site.id)}`} aria-label={localString(site.name)} data-testid="map-site">
              <title>{localString(site.name)}</title>
              <rect x={x - fontSize / 3} y={y - fontSize / 3} width={(fontSize * 2) / 3} height={(fontSize * 2) / 3} fill="#2b4c7e" />
            </a>
          );
        })}
        {places.value.map((place) => {
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
        {here && (
          <g data-testid="map-position">
            <circle cx={hereX} cy={hereY} r={here.accuracyM} fill="#0b5fff" fill-opacity="0.15" stroke="#0b5fff" vector-effect="non-scaling-stroke" />
            <circle cx={hereX} cy={hereY} r={fontSize / 2} fill="#0b5fff" stroke="#fff" stroke-width="2" vector-effect="non-scaling-stroke">
              <title>{t('map.you')}</title>
            </circle>
          </g>
        )}
      </svg>
      <figcaption class="actions">
        <button type="button" class="button" onClick={() => zoom(0.5)}>
          {t('map.zoomIn')}
        </button>
        <button type="button" class="button" onClick={() => zoom(2)}>
          {t('map.zoomOut')}
        </button>
        <button type="button" class="button" onClick={() => setView(initialView)}>
          {t('map.reset')}
        </button>
      </figcaption>
    </figure>
  );
}
