import { useState } from 'preact/hooks';
import type { Contact } from '../../model/datasets';
import { language, t } from '../../i18n/i18n';
import { pickText } from '../../i18n/content-text';
import { CopyButton } from '../../ui/copy-button';
import { safeHref } from '../../ui/safe-href';
import { messengerHref } from './messenger-links';
import { contactToVCard, vCardFileName } from './vcard';

/** The contact as plain text, for sharing and copying. */
export function contactText(contact: Contact, lang: Parameters<typeof pickText>[1]): string {
  return [
    pickText(contact.name, lang).text,
    ...contact.phones.map((phone) => `${t(`contacts.phoneType.${phone.type}`)}: ${phone.number}`),
    contact.email,
    contact.website,
    contact.address && pickText(contact.address, lang).text,
  ]
    .filter(Boolean)
    .join('\n');
}

function saveVCard(contact: Contact): void {
  const lang = language.value;
  const blob = new Blob([contactToVCard(contact, lang, { source: t('record.source'), verified: t('record.verified') })], { type: 'text/vcard;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: vCardFileName(contact, lang) });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Messengers, Save to phone, Share and Copy for one contact. */
export function ContactExtraActions({ contact }: { contact: Contact }) {
  const [shareState, setShareState] = useState<'idle' | 'copied'>('idle');
  const text = contactText(contact, language.value);
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title: pickText(contact.name, language.value).text, text }).catch(() => {});
      return;
    }
    // No Web Share (most desktop browsers): put the text on the clipboard instead.
    await navigator.clipboard.writeText(text).then(() => setShareState('copied'), () => {});
  };
  const messengers = contact.phones.flatMap((phone) => {
    const href = messengerHref(phone);
    return href && safeHref(href) ? [{ phone, href }] : [];
  });
  return (
    <>
      {messengers.length > 0 && (
        <ul class="actions">
          {messengers.map(({ phone, href }) => (
            <li key={href}>
              <a class="button" href={href} rel="noopener noreferrer" target="_blank" data-testid="messenger-link">
                {t(`contacts.phoneType.${phone.type}`)} <span dir="ltr">{phone.number}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        <button type="button" class="button" onClick={() => saveVCard(contact)} data-testid="save-vcard">
          {t('contacts.saveToPhone')}
        </button>
        <button type="button" class="button" onClick={() => void share()}>
          {t('contacts.share')}
        </button>
        <a class="button" href={`/share/contacts/${encodeURIComponent(contact.id)}`} data-testid="share-qr">
          {t('share.button')} (QR)
        </a>
        <CopyButton text={text} />
        <span role="status" class="muted">
          {shareState === 'copied' ? t('action.copied') : ''}
        </span>
      </p>
    </>
  );
}
