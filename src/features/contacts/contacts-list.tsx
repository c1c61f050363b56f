import { computed } from '@preact/signals';
import { language, t } from '../../i18n/i18n';
import { DataGate } from '../../app/banners';
import { contacts } from '../../app/data';
import { LocalText } from '../../ui/local-text';
import { pickText } from '../../i18n/content-text';
import { FreshnessLine } from '../../ui/freshness';
import { Provenance } from '../../ui/provenance';
import { PhoneLinks } from './contact-actions';

// Emergency lines first, then by name in the reader's language.
const sortedContacts = computed(() => {
  const lang = language.value;
  const collator = new Intl.Collator(lang);
  return [...contacts.value].sort(
    (a, b) =>
      Number(b.categories.includes('emergency')) - Number(a.categories.includes('emergency')) ||
      collator.compare(pickText(a.name, lang).text, pickText(b.name, lang).text),
  );
});

/** Every aid organisation and emergency line. */
export function ContactsList() {
  return (
    <section>
      <h1 tabIndex={-1}>{t('contacts.title')}</h1>
      <DataGate>
        <FreshnessLine />
        <ul class="card-list">
          {sortedContacts.value.map((contact) => (
            <li key={contact.id} class="card">
              <h3>
                <a href={`/contacts/${encodeURIComponent(contact.id)}`}>
                  <LocalText value={contact.name} />
                </a>
              </h3>
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
