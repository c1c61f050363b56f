import { Fragment } from 'preact';
import { t, language } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { records, summaries } from '../../data/tables';
import type { Place } from '../../model/datasets';
import { LANGUAGES } from '../../model/vocabulary';
import { formatDistance } from '../../i18n/format';
import { FreshnessLine } from '../../ui/freshness';
import { LocalText } from '../../ui/local-text';
import { Provenance } from '../../ui/provenance';
import { RecordGate } from '../../ui/record-gate';
import { HazardCard } from '../hazards/hazard-card';
import { contactsOfPlace, hazardsOfPlace, PLACE_SITE_RADIUS_M, sitesNearPlace, stopsOfPlace } from './place-links';

/** One place: every name it carries, its district's hazards, the sites near it, its contacts and its bus stops. */
export function PlaceDetail({ id }: { id: string }) {
  return (
    <RecordGate table="places" id={id} backHref="/search">
      {(place) => <PlaceBody place={place} />}
    </RecordGate>
  );
}

function PlaceBody({ place }: { place: Place }) {
  const shown = language.value;
  // Every other language's name, in its own script: both communities' names, side by side.
  const seen = new Set([place.name[shown] ?? place.name.en]);
  const otherNames = LANGUAGES.filter((lang) => {
    const name = place.name[lang];
    if (name === undefined || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  return (
    <article>
      <h1 tabIndex={-1}>
        <LocalText value={place.name} />
      </h1>
      {otherNames.length > 0 && (
        <p class="other-names" data-testid="place-names">
          {otherNames.map((lang, index) => (
            <Fragment key={lang}>
              {index > 0 && ' · '}
              <span lang={lang}>{place.name[lang]}</span>
            </Fragment>
          ))}
        </p>
      )}
      <Provenance source={place.source} verifiedAt={place.verifiedAt} />
      <dl class="facts">
        <dt>{t('hazard.coordinates')}</dt>
        <dd>
          <span class="coordinates">
            {place.lat.toFixed(3)}, {place.lon.toFixed(3)}
          </span>{' '}
          <a class="button" href={`geo:${place.lat},${place.lon}`}>
            {t('hazard.openInMaps')}
          </a>
        </dd>
      </dl>
      <FreshnessLine />
      <h2>{t('place.hazards')}</h2>
      <DataGate summariesOf="hazards">
        <PlaceHazards place={place} />
      </DataGate>
      <h2>{t('place.sites', { distance: formatDistance(PLACE_SITE_RADIUS_M, shown) })}</h2>
      <PlaceSites place={place} />
      <h2>{t('place.contacts')}</h2>
      <PlaceContacts place={place} />
      <h2>{t('place.stops')}</h2>
      <PlaceStops place={place} />
    </article>
  );
}

function PlaceHazards({ place }: { place: Place }) {
  const hazards = hazardsOfPlace(place, summaries.hazards.value ?? []);
  // Never "safe": only that this phone holds no report, and what that does not mean.
  if (hazards.length === 0) return <p data-testid="place-no-hazard">{t('place.noHazard')}</p>;
  return (
    <ul class="card-list" data-testid="place-hazards">
      {hazards.map((hazard) => (
        <HazardCard key={hazard.id} hazard={hazard} />
      ))}
    </ul>
  );
}

function PlaceSites({ place }: { place: Place }) {
  const sites = sitesNearPlace(place, records.sites.value);
  if (sites.length === 0) return <p class="muted">{t('place.noSite')}</p>;
  return (
    <ul class="card-list" data-testid="place-sites">
      {sites.map(({ record: site, metres }) => (
        <li key={site.id} class="card">
          <a href={`/sites/${encodeURIComponent(site.id)}`}>
            <LocalText value={site.name} />
          </a>
          <p class="distance">{t('place.distance', { distance: formatDistance(metres, language.value) })}</p>
        </li>
      ))}
    </ul>
  );
}

function PlaceContacts({ place }: { place: Place }) {
  const contacts = contactsOfPlace(place, records.contacts.value);
  return (
    <>
      {contacts.length > 0 ? (
        <ul class="card-list" data-testid="place-contacts">
          {contacts.map((contact) => (
            <li key={contact.id} class="card">
              <a href={`/contacts/${encodeURIComponent(contact.id)}`}>
                <LocalText value={contact.name} />
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('place.noContact')}</p>
      )}
      <p>
        <a href="/contacts">{t('place.allContacts')}</a>
      </p>
    </>
  );
}

function PlaceStops({ place }: { place: Place }) {
  const stops = stopsOfPlace(place, records.stops.value);
  if (stops.length === 0) return <p class="muted">{t('place.noStop')}</p>;
  return (
    <ul class="card-list" data-testid="place-stops">
      {stops.map(({ record: stop }) => (
        <li key={stop.id} class="card">
          <a href={`/buses?stop=${encodeURIComponent(stop.id)}`}>
            <LocalText value={stop.name} />
          </a>
          {stop.description && (
            <p class="muted">
              <LocalText value={stop.description} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
