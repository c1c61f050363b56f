import type { Hazard } from '../../sync/feed-schema';
import { t } from '../../i18n/i18n';
import { LocalText } from '../../ui/local-text';
import { placesById } from '../../app/data';
import { HazardKindIcon } from './hazard-kind-icon';
import { kindLabelKey, statusLabelKey } from './hazard-labels';
import { Provenance } from '../../ui/provenance';

/** One hazard as a list item: kind in icon and words, status, district, title, provenance. */
export function HazardSummary({ hazard }: { hazard: Hazard }) {
  const place = placesById.value.get(hazard.district);
  return (
    <li class="card hazard-card" data-kind={hazard.kind}>
      <p class="hazard-kind">
        <HazardKindIcon kind={hazard.kind} />
        <span>{t(kindLabelKey(hazard.kind))}</span>
        <span class={`status status--${hazard.status}`}>{t(statusLabelKey(hazard.status))}</span>
      </p>
      <h3>
        <a href={`/hazards/${encodeURIComponent(hazard.id)}`}>
          <LocalText value={hazard.title} />
        </a>
      </h3>
      {place && (
        <p class="muted">
          <LocalText value={place.name} />
        </p>
      )}
      <Provenance source={hazard.source} verifiedAt={hazard.verifiedAt} />
    </li>
  );
}
