// First-load module: Home lists the newest hazards as these cards.
import type { HazardSummary } from '../../model/datasets';
import { t } from '../../i18n/i18n';
import { LocalText } from '../../ui/local-text';
import { recordsById } from '../../data/tables';
import { HazardKindIcon } from './hazard-kind-icon';
import { kindLabelKey, statusLabelKey } from './hazard-labels';
import { Provenance } from '../../ui/provenance';
import { distanceAndDirection } from './distance-text';

/**
 * One hazard as a list item: kind in icon and words, status, distance and direction, title, age.
 * Its title is a level-3 heading under a section's h2 (Home, a place), an h2 where the list sits
 * right under the screen's h1 (the hazards list): screen readers navigate by that outline.
 */
export function HazardCard({ hazard, distance, Heading = 'h3' }: { hazard: HazardSummary; distance?: { metres: number; bearingDeg: number; isInside: boolean }; Heading?: 'h2' | 'h3' }) {
  const place = recordsById.places.value.get(hazard.district);
  return (
    <li class="card hazard-card" data-kind={hazard.kind}>
      <p class="hazard-kind">
        <HazardKindIcon kind={hazard.kind} />
        <span>{t(kindLabelKey(hazard.kind))}</span>
        <span class={`status status--${hazard.status}`}>{t(statusLabelKey(hazard.status))}</span>
      </p>
      <Heading class="card-title">
        <a href={`/hazards/${encodeURIComponent(hazard.id)}`}>
          <LocalText value={hazard.title} />
        </a>
      </Heading>
      {distance && (
        <p class={distance.isInside ? 'distance distance--inside' : 'distance'} data-testid="hazard-distance">
          {distanceAndDirection(distance.metres, distance.bearingDeg, distance.isInside)}
        </p>
      )}
      {place && (
        <p class="muted">
          <LocalText value={place.name} />
        </p>
      )}
      <Provenance source={hazard.source} verifiedAt={hazard.verifiedAt} />
    </li>
  );
}
