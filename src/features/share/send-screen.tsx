import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { database } from '../../data/database';
import { storedMeta } from '../../data/feed-state';
import { readFeedFiles } from '../../store/feed-files-store';
import { Notice } from '../../ui/notice';
import { packFeedBundle } from './feed-bundle';
import { createFountainEncoder } from './fountain/fountain-encoder';
import type { FountainEncoder } from './fountain/fountain-scheme';
import { encodeFrame } from './fountain/frame-codec';
import { QrSvg } from './qr-svg';
import { useScreenWakeLock } from './wake-lock';

/** 700-byte fragments: the fastest transfer through the QR bench's camera model (scripts/bench/qr-throughput.ts). */
const FRAGMENT_BYTES = 700;
const SPEEDS = [2, 3, 5, 8] as const;

/**
 * Pass this phone's whole signed feed to a phone with no connection: an endless animated QR
 * sequence (fountain-coded, so the receiver may start anywhere and miss frames).
 */
export function SendScreen() {
  const [encoder, setEncoder] = useState<FountainEncoder | null>();
  const [frame, setFrame] = useState<{ text: string; seqNum: number }>();
  const [fps, setFps] = useState<number>(5);
  useScreenWakeLock();

  useEffect(() => {
    void (async () => {
      const files = await readFeedFiles(await database());
      setEncoder(files.some((file) => file.path === 'manifest.json') ? createFountainEncoder(await packFeedBundle(files), FRAGMENT_BYTES) : null);
    })();
  }, []);

  useEffect(() => {
    if (!encoder) return;
    const show = () => {
      const part = encoder.nextPart();
      setFrame({ text: encodeFrame(part), seqNum: part.seqNum });
    };
    show();
    const timer = setInterval(show, 1000 / fps);
    return () => clearInterval(timer);
  }, [encoder, fps]);

  const feed = storedMeta.value.feed;
  return (
    <section>
      <h1 tabIndex={-1}>{t('send.title')}</h1>
      {encoder === null && <Notice tone="warning">{t('send.nothing')}</Notice>}
      {encoder && feed && (
        <>
          <p>{t('send.what', { feed: feed.feedId, version: feed.version, frames: encoder.fragmentCount })}</p>
          <div class="qr-frame" data-testid="send-frame" data-seq={frame?.seqNum}>
            {frame && <QrSvg data={frame.text} label={t('send.qrLabel')} ecc="L" tooLarge={t('share.tooLarge')} />}
          </div>
          <p class="field">
            <label for="send-speed">{t('send.speed')}</label>
            <select id="send-speed" value={fps} onChange={(event) => setFps(Number(event.currentTarget.value))}>
              {SPEEDS.map((speed) => (
                <option key={speed} value={speed}>
                  {t('send.perSecond', { count: speed })}
                </option>
              ))}
            </select>
          </p>
          <p class="muted">{t('send.hint')}</p>
        </>
      )}
    </section>
  );
}
