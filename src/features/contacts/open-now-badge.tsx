import type { Contact } from '../../model/datasets';
import { t } from '../../i18n/i18n';
import { now } from '../../data/clock';
import { isOpenAt } from './opening-hours';

/** "Open now" / "Closed now", computed offline in the service's own time zone; nothing when hours are unknown. */
export function OpenNowBadge({ contact }: { contact: Contact }) {
  if (!contact.hours) return null;
  const isOpen = isOpenAt(contact.hours, now.value);
  if (isOpen === undefined) return null;
  return (
    <span class={isOpen ? 'badge badge--open' : 'badge badge--closed'} data-testid="open-now">
      {isOpen ? t('contacts.openNow') : t('contacts.closedNow')}
    </span>
  );
}
