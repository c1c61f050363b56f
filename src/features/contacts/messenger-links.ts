// Chat links for a contact's messenger numbers: only the apps' own https links, which open the app
// where it is installed and a web page that explains where it is not. Calls and texts use tel:/sms:.
import type { Contact } from '../../model/datasets';

type Phone = Pick<Contact['phones'][number], 'number' | 'type'>;

// E.164: a country code that does not start with 0, at most 15 digits in all. The messengers find an
// account by its full international number, so a local or short number ("112", "010 …") has no link.
const INTERNATIONAL = /^\+([1-9]\d{6,14})$/;

/**
 * The official https chat link for a WhatsApp or Telegram number in international form; undefined for
 * voice and SMS (the UI uses tel:/sms:), for Viber, and for numbers without a leading +.
 */
export function messengerHref(phone: Phone): string | undefined {
  const digits = INTERNATIONAL.exec(phone.number.replace(/\s+/g, ''))?.[1];
  if (!digits) return undefined;
  switch (phone.type) {
    case 'whatsapp':
      // WhatsApp "click to chat": full international number, digits only, no + or spaces.
      return `https://wa.me/${digits}`;
    case 'telegram':
      // Telegram's phone-number deep link keeps the +; it opens the chat if the account lets itself
      // be found by number.
      return `https://t.me/+${digits}`;
    case 'viber':
      // Viber documents only viber://chat?number=… for a phone number: not https, so it fails
      // silently without the app and would be dropped by safeHref; its https links (invite.viber.com)
      // are for communities and bots. The number is still shown and dialable.
      return undefined;
    case 'voice':
    case 'sms':
      return undefined;
  }
}
