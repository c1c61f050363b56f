// First-load module: Home shows the emergency numbers with call buttons.
import type { Contact } from '../../model/datasets';
import { t } from '../../i18n/i18n';
import { safeHref, telHref } from '../../ui/safe-href';

/** Tap-to-call (and SMS where the number takes texts) for each of a contact's phones. */
export function PhoneLinks({ contact }: { contact: Contact }) {
  if (contact.phones.length === 0) return <p class="muted">{t('contacts.noPhone')}</p>;
  return (
    <ul class="actions">
      {contact.phones.map((phone) => {
        const isText = phone.type === 'sms';
        const href = safeHref(isText ? `sms:${phone.number.replace(/\s+/g, '')}` : telHref(phone.number));
        return (
          <li key={`${phone.type}:${phone.number}`}>
            <a class="button button--call" href={href} data-testid={isText ? 'sms-link' : 'call-link'}>
              {t(isText ? 'contacts.sms' : 'contacts.call')} <span dir="ltr">{phone.number}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
