import { describe, expect, it } from 'vitest';
import { safeHref } from '../../ui/safe-href';
import { messengerHref } from './messenger-links';

describe('messengerHref', () => {
  it('links a WhatsApp number to wa.me with its digits only', () => {
    expect(messengerHref({ number: '+374 10 123456', type: 'whatsapp' })).toBe('https://wa.me/37410123456');
    expect(messengerHref({ number: '+994501234567', type: 'whatsapp' })).toBe('https://wa.me/994501234567');
  });

  it('links a Telegram number to t.me with its + kept', () => {
    expect(messengerHref({ number: '+7 495 123 45 67', type: 'telegram' })).toBe('https://t.me/+74951234567');
  });

  it('gives no link for a local or short number, which a messenger cannot find', () => {
    expect(messengerHref({ number: '112', type: 'whatsapp' })).toBeUndefined();
    expect(messengerHref({ number: '010 123456', type: 'whatsapp' })).toBeUndefined();
    expect(messengerHref({ number: '0 8000 9000', type: 'telegram' })).toBeUndefined();
    expect(messengerHref({ number: '+0 123 4567', type: 'telegram' })).toBeUndefined(); // no country code starts with 0
    expect(messengerHref({ number: '+12345', type: 'whatsapp' })).toBeUndefined(); // too short for E.164
    expect(messengerHref({ number: '+1234567890123456', type: 'whatsapp' })).toBeUndefined(); // 16 digits
  });

  it('gives no link for Viber, which has no official https link to a phone number', () => {
    expect(messengerHref({ number: '+374 10 123456', type: 'viber' })).toBeUndefined();
  });

  it('gives no link for voice and SMS numbers, which the UI opens with tel: and sms:', () => {
    expect(messengerHref({ number: '+374 10 123456', type: 'voice' })).toBeUndefined();
    expect(messengerHref({ number: '+374 10 123456', type: 'sms' })).toBeUndefined();
  });

  it('gives links that the app lets through as https', () => {
    for (const type of ['whatsapp', 'telegram'] as const) {
      const href = messengerHref({ number: '+374 99 000002', type });
      expect(href).toMatch(/^https:\/\//);
      expect(safeHref(href ?? '')).toBe(href);
    }
  });
});
