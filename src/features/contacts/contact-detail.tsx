import { language, t } from '../../i18n/i18n';
import type { Contact } from '../../model/datasets';
import { LocalText } from '../../ui/local-text';
import { Provenance } from '../../ui/provenance';
import { RecordGate } from '../../ui/record-gate';
import { safeHref } from '../../ui/safe-href';
import { PhoneLinks } from './contact-actions';
import { ContactExtraActions } from './contact-extra-actions';
import { OpenNowBadge } from './open-now-badge';

/** One organisation: what it does, where, and how to reach it. */
export function ContactDetail({ id }: { id: string }) {
  return (
    <RecordGate table="contacts" id={id} backHref="/contacts">
      {(contact) => <ContactBody contact={contact} />}
    </RecordGate>
  );
}

function ContactBody({ contact }: { contact: Contact }) {
  const website = contact.website && safeHref(contact.website);
  return (
    <article>
      <h1 tabIndex={-1}>
        <LocalText value={contact.name} />
      </h1>
      <OpenNowBadge contact={contact} />
      <Provenance source={contact.source} verifiedAt={contact.verifiedAt} />
      <p>
        <LocalText value={contact.description} />
      </p>
      <PhoneLinks contact={contact} />
      <ContactExtraActions contact={contact} />
      <dl class="facts">
        <dt>{t('contacts.services')}</dt>
        <dd>{contact.categories.map((category) => t(`contacts.category.${category}`)).join(' · ')}</dd>
        <dt>{t('contacts.area')}</dt>
        <dd>
          <LocalText value={contact.area} />
        </dd>
        {contact.languages.length > 0 && (
          <>
            <dt>{t('contacts.languages')}</dt>
            <dd>{contact.languages.map((code) => new Intl.DisplayNames([language.value], { type: 'language' }).of(code) ?? code).join(', ')}</dd>
          </>
        )}
        {website && (
          <>
            <dt>{t('contacts.website')}</dt>
            <dd>
              <a href={website} rel="noopener noreferrer" target="_blank">
                {new URL(website).host}
              </a>
            </dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>{t('contacts.email')}</dt>
            <dd>{contact.email}</dd>
          </>
        )}
        {contact.address && (
          <>
            <dt>{t('contacts.address')}</dt>
            <dd>
              <LocalText value={contact.address} />
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
