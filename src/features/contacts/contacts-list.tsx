import { computed, signal } from '@preact/signals';
import { language, t } from '../../i18n/i18n';
import { DataGate } from '../../ui/data-gate';
import { records } from '../../data/tables';
import { CONTACT_CATEGORIES } from '../../model/vocabulary';
import type { ContactCategory } from '../../model/vocabulary';
import { LocalText } from '../../ui/local-text';
import { pickText } from '../../i18n/content-text';
import { FreshnessLine } from '../../ui/freshness';
import { Provenance } from '../../ui/provenance';
import { FilterSelect } from '../../ui/filter-select';
import { PhoneLinks } from './contact-actions';
import { OpenNowBadge } from './open-now-badge';

const categoryFilter = signal<ContactCategory | ''>('');
/** Areas are free text in the feed; the English text is the filter key, shown in the reader's language. */
const areaFilter = signal('');

const areas = computed(() => {
  const byKey = new Map(records.contacts.value.map((contact) => [contact.area.en, contact.area]));
  return [...byKey].map(([key, area]) => ({ key, label: pickText(area, language.value).text })).sort((a, b) => a.label.localeCompare(b.label));
});

// Emergency lines first, then by name in the reader's language.
const shownContacts = computed(() => {
  const lang = language.value;
  const collator = new Intl.Collator(lang);
  return records.contacts.value
    .filter((contact) => (!categoryFilter.value || contact.categories.includes(categoryFilter.value)) && (!areaFilter.value || contact.area.en === areaFilter.value))
    .sort(
      (a, b) =>
        Number(b.categories.includes('emergency')) - Number(a.categories.includes('emergency')) ||
        collator.compare(pickText(a.name, lang).text, pickText(b.name, lang).text),
    );
});

/** Every aid organisation and emergency line, filterable by service and area. */
export function ContactsList() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('contacts.title')}</h1>
      <DataGate dataset="contacts">
        <FreshnessLine />
        <div class="filters">
          <FilterSelect<ContactCategory>
            id="contact-category"
            label={t('contacts.services')}
            value={categoryFilter.value}
            options={CONTACT_CATEGORIES.map((category) => [category, t(`contacts.category.${category}`)])}
            onChange={(value) => (categoryFilter.value = value)}
          />
          <FilterSelect
            id="contact-area"
            label={t('contacts.area')}
            value={areaFilter.value}
            options={areas.value.map(({ key, label }) => [key, label])}
            onChange={(value) => (areaFilter.value = value)}
          />
        </div>
        <ul class="card-list">
          {shownContacts.value.map((contact) => (
            <li key={contact.id} class="card" data-testid="contact-card">
              <h2 class="card-title">
                <a href={`/contacts/${encodeURIComponent(contact.id)}`}>
                  <LocalText value={contact.name} />
                </a>{' '}
                <OpenNowBadge contact={contact} />
              </h2>
              <p class="muted">{contact.categories.map((category) => t(`contacts.category.${category}`)).join(' · ')}</p>
              <PhoneLinks contact={contact} />
              <Provenance source={contact.source} verifiedAt={contact.verifiedAt} />
            </li>
          ))}
        </ul>
      </DataGate>
    </section>
  );
}
