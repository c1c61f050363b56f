import { computed } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { ensureSummaries } from '../../../data/refresh';
import { records, summaries } from '../../../data/tables';
import type { Hazard } from '../../../model/datasets';
import { t } from '../../../i18n/i18n';
import type { LonLat } from '../geo';
import { hazardCentre } from '../hazard-centre';
import { position } from '../location';
import { fitViewBox, projectionAround } from './map-projection';
import { HazardLayer, PositionLayer, RoadLayer, SiteLayer, TownLayer } from './map-layers';
import { usePanZoom, type ViewBox } from './use-pan-zoom';

// The map opens on where the hazards and sites are; towns farther out (Yerevan, Baku) are
// still drawn and reached by zooming out.
const areaOfInterest = computed<LonLat[]>(() => [
  ...(summaries.hazards.value ?? []).map(hazardCentre),
  ...records.sites.value.map((site): LonLat => [site.lon, site.lat]),
]);

/**
 * An offline SVG map of hazard areas, roads, towns and heritage sites from the feed, and the
 * reader's position with its accuracy circle. No tiles and no third-party request.
 */
export function OfflineMap({ focus, label }: { focus?: Pick<Hazard, 'geometry'>; label: string }) {
  useEffect(() => ensureSummaries('hazards'), []);
  const projection = useMemo(() => projectionAround(focus ? hazardCentre(focus) : [46.75, 39.75]), [focus]);
  const initialView = useMemo<ViewBox>(
    () => fitViewBox((focus ? [hazardCentre(focus)] : areaOfInterest.value).map(projection.project), focus ? 3000 : 8000),
    [focus, projection, areaOfInterest.value],
  );
  const svg = useRef<SVGSVGElement>(null);
  const { view, zoom, reset, handlers } = usePanZoom(svg, initialView);
  const here = position.value;
  const fontSize = Math.min(view[2], view[3] * 1.5) / 30;

  return (
    <figure class="hazard-map">
      <svg ref={svg} viewBox={view.join(' ')} role="img" aria-label={label} data-testid="hazard-map" {...handlers}>
        <rect x={view[0] - view[2]} y={view[1] - view[3]} width={view[2] * 3} height={view[3] * 3} fill="#f4f1ea" />
        <RoadLayer lines={records.mapLines.value} projection={projection} />
        <HazardLayer hazards={summaries.hazards.value ?? []} projection={projection} markerSize={fontSize / 2.5} />
        <SiteLayer sites={records.sites.value} projection={projection} size={(fontSize * 2) / 3} />
        <TownLayer places={records.places.value} projection={projection} fontSize={fontSize} />
        {here && <PositionLayer position={here} projection={projection} size={fontSize} />}
      </svg>
      <figcaption class="actions">
        <button type="button" class="button" onClick={() => zoom(0.5)}>
          {t('map.zoomIn')}
        </button>
        <button type="button" class="button" onClick={() => zoom(2)}>
          {t('map.zoomOut')}
        </button>
        <button type="button" class="button" onClick={reset}>
          {t('map.reset')}
        </button>
      </figcaption>
    </figure>
  );
}
