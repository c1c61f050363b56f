import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { createFountainEncoder } from './fountain/fountain-encoder';
import { encodeFrame } from './fountain/frame-codec';
import { encodeRecordCode, type RecordToShare } from './record-code/record-code';
import { QrSvg } from './qr-svg';

/** Fragments of 400 bytes keep each frame near version 15 at level L: as easy to film as a single code. */
const FRAGMENT_BYTES = 400;
const FRAMES_PER_SECOND = 4;

/**
 * The whole record, every language, as an endless animated sequence: for a record one code cannot
 * hold (a long polygon), or a receiver who needs every text. The receiver films it from Share → Scan.
 */
export function AnimatedRecordCode({ shared, isTooLarge }: { shared: RecordToShare; isTooLarge: boolean }) {
  const [frame, setFrame] = useState<{ text: string; seqNum: number; count: number } | 'error'>();
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let isCurrent = true;
    void encodeRecordCode(shared, { hy: 3, az: 3, ru: 3, en: 3 }).then(
      (bytes) => {
        if (!isCurrent) return;
        const encoder = createFountainEncoder(bytes, FRAGMENT_BYTES);
        const show = () => {
          const part = encoder.nextPart();
          setFrame({ text: encodeFrame(part, 'record'), seqNum: part.seqNum, count: encoder.fragmentCount });
        };
        show();
        timer = setInterval(show, 1000 / FRAMES_PER_SECOND);
      },
      () => isCurrent && setFrame('error'),
    );
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [shared]);
  if (frame === 'error') return <p role="alert">{t('share.cannotEncode')}</p>;
  return (
    <>
      {isTooLarge && <p data-testid="too-large-for-one">{t('share.tooLargeForOne')}</p>}
      <div class="qr-frame" data-testid="animated-record" data-seq={frame?.seqNum}>
        {frame && <QrSvg data={frame.text} label={t('share.animatedQrLabel')} ecc="L" tooLarge={t('share.tooLarge')} />}
      </div>
      <p class="muted">{frame && t('share.animatedHint', { count: frame.count })}</p>
    </>
  );
}
