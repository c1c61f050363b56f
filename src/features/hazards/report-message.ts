import type { LonLat } from './geo';

/** The side of the line the reader is on decides whom a report goes to. */
export type ReportSide = 'armenia' | 'azerbaijan';

/**
 * Mine-action hotlines by side. Only numbers given in the domain brief: CHDE's hotline for
 * Armenia; ANAMA has no published number there, so Azerbaijan falls back to 112.
 */
export const HOTLINES: Record<ReportSide, { smsNumber?: string; callNumber: string; isEmergencyFallback: boolean }> = {
  armenia: { smsNumber: '0 8000 9000', callNumber: '0 8000 9000', isEmergencyFallback: false },
  azerbaijan: { callNumber: '112', isEmergencyFallback: true },
};

/** The report as one SMS text: coordinates first, so they survive if the message is cut. */
export function reportText(input: { position?: { coords: LonLat; accuracyM: number }; manualPosition: string; description: string; seenAt: Date; intro: string }): string {
  const where = input.position
    ? `${input.position.coords[1].toFixed(5)}, ${input.position.coords[0].toFixed(5)} (±${Math.round(input.position.accuracyM)} m)`
    : input.manualPosition.trim();
  return [input.intro, `GPS: ${where || '?'}`, input.description.trim(), input.seenAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC']
    .filter(Boolean)
    .join('\n');
}

/** An sms: link with the body; `?body=` is what Android and iOS both read. */
export function smsHref(number: string, body: string): string {
  return `sms:${number.replace(/\s+/g, '')}?body=${encodeURIComponent(body)}`;
}
