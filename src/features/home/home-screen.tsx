// First-load module: the first screen.
import type { FunctionComponent } from 'preact';
import { computed } from '@preact/signals';
import { t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { newestHazards, records } from '../../data/tables';
import { storedMeta } from '../../data/feed-state';
import { FreshnessLine } from '../../ui/freshness';
import { DownloadProgressLine } from '../../ui/download-progress';
import { HazardCard } from '../hazards/hazard-card';
import { LocalText } from '../../ui/local-text';
import { PhoneLinks } from '../contacts/contact-actions';
import { InstallOffer } from '../settings/install-offer';
import { useAfterFirstPaint } from '../../ui/after-first-paint';
import { lazyComponent } from '../../ui/lazy-component';

/** The space two departures take, kept while their code and data are on the way. */
function DeparturesPending() {
  return <div class="departures-pending" />;
}

// The timetable's code is a chunk of its own (the Buses screen's), fetched once the hazards are on
// screen: on a first visit over 2G its bytes would otherwise travel before the hazards.
const NextDepartures = lazyComponent((): Promise<FunctionComponent<{ limit?: number }>> => import('../buses/next-departures-view').then((module) => module.NextDepartures), DeparturesPending);

const emergencyLines = computed(() =>
  records.contacts.value.filter((contact) => contact.categories.includes('emergency') && contact.phones.length > 0),
);

/** The emergency numbers, from the contacts dataset. */
function EmergencyCard() {
  return (
    <section class="card emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">{t('home.emergency')}</h2>
      <ul class="plain-list">
        {emergencyLines.value.map((contact) => (
          <li key={contact.id}>
            <strong>
              <LocalText value={contact.name} />
            </strong>
            <PhoneLinks contact={contact} />
          </li>
        ))}
      </ul>
    </section>
  );
}

// A first install shows the hazards before the contacts have arrived. Their card then goes last
// for the life of the page: filled in at the top, it would push the hazards down as people read.
let isEmergencyLast = false;

/** What a returnee needs first: emergency numbers, the latest hazards, the next bus. */
export function HomeScreen() {
  const isPastFirstPaint = useAfterFirstPaint();
  if (storedMeta.value.feed && !storedMeta.value.datasets.contacts) isEmergencyLast = true;
  return (
    <section>
      <h1 tabIndex={-1}>{t('home.title')}</h1>
      <InstallOffer />
      <p class="actions">
        <a class="button button--primary" href="/safety">
          {t('safety.link')}
        </a>
        <a class="button" href="/hazards/report">
          {t('report.link')}
        </a>
      </p>
      <DataGate>
        <FreshnessLine />
        <DownloadProgressLine />
        {!isEmergencyLast && <EmergencyCard />}
        <h2>{t('home.latestHazards')}</h2>
        <p class="lead">{t('hazards.never')}</p>
        <ul class="card-list">
          {newestHazards.value.map((hazard) => (
            <HazardCard key={hazard.id} hazard={hazard} />
          ))}
        </ul>
        <p>
          <a href="/hazards">{t('home.allHazards')}</a>
        </p>
        <h2>{t('home.nextBuses')}</h2>
        {/* Below the hazards: drawn once they are on screen and stored, in space kept so nothing below it jumps. */}
        {isPastFirstPaint && storedMeta.value.datasets.hazards ? <NextDepartures limit={2} /> : <DeparturesPending />}
        <p>
          <a href="/buses">{t('home.allBuses')}</a>
        </p>
        {isEmergencyLast && <EmergencyCard />}
      </DataGate>
    </section>
  );
}
