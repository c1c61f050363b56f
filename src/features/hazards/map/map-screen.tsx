import { t } from '../../../i18n/i18n';
import { DataGate } from '../../../ui/data-gate';
import { HAZARD_KINDS } from '../../../model/vocabulary';
import { HazardKindIcon } from '../hazard-kind-icon';
import { kindLabelKey } from '../hazard-labels';
import { OfflineMap } from './offline-map';
import { NearMePanel } from '../near-me-panel';

/** The whole map, with a legend in words and the list as its accessible alternative. */
export function MapScreen() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('map.title')}</h1>
      <p>
        <a href="/hazards">{t('map.listAlternative')}</a>
      </p>
      <NearMePanel />
      <DataGate summariesOf="hazards">
        <OfflineMap label={t('map.label')} />
        <h2>{t('map.legend')}</h2>
        <ul class="plain-list legend">
          {HAZARD_KINDS.map((kind) => (
            <li key={kind}>
              <HazardKindIcon kind={kind} /> {t(kindLabelKey(kind))}
            </li>
          ))}
        </ul>
        <p class="muted">{t('map.approximate')}</p>
      </DataGate>
    </section>
  );
}
