import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { Notice } from '../../ui/notice';
import { decodeQr } from './qr-decode';

type CameraState = 'off' | 'starting' | 'on' | 'refused' | 'missing' | 'unavailable';

/**
 * Reads QR codes with the camera, or from a photo when the camera is refused or missing.
 * `onText` gets every decoded text; it decides what the code is.
 */
export function ScanPanel({ onText }: { onText: (text: string) => void }) {
  const [camera, setCamera] = useState<CameraState>('off');
  const [photoMessage, setPhotoMessage] = useState<string>();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream>();

  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  // Read a frame about four times a second: often enough for animated codes, light on old phones.
  useEffect(() => {
    if (camera !== 'on') return;
    let isRunning = true;
    const tick = async () => {
      while (isRunning) {
        const text = video.current && video.current.readyState >= 2 ? await decodeQr(video.current) : undefined;
        if (text) onText(text);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    void tick();
    return () => {
      isRunning = false;
    };
  }, [camera]);

  const startCamera = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return setCamera('unavailable');
    setCamera('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      if (video.current) {
        video.current.srcObject = stream.current;
        await video.current.play();
      }
      setCamera('on');
    } catch (error) {
      const name = (error as DOMException).name;
      setCamera(name === 'NotAllowedError' || name === 'SecurityError' ? 'refused' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'unavailable');
    }
  };

  const readPhoto = async (file: File | undefined) => {
    if (!file) return;
    setPhotoMessage(undefined);
    try {
      const text = await decodeQr(await createImageBitmap(file));
      if (text) onText(text);
      else setPhotoMessage(t('scan.noCodeInPhoto'));
    } catch {
      setPhotoMessage(t('scan.notAnImage'));
    }
  };

  return (
    <div class="scan-panel">
      {camera === 'off' || camera === 'starting' ? (
        <button type="button" class="button button--primary" disabled={camera === 'starting'} onClick={() => void startCamera()}>
          {t('scan.camera')}
        </button>
      ) : null}
      {(camera === 'refused' || camera === 'missing' || camera === 'unavailable') && (
        <Notice tone="warning" role="alert">
          <p>{t(`scan.${camera}`)}</p>
        </Notice>
      )}
      <video ref={video} class={camera === 'on' ? 'scan-video' : 'scan-video scan-video--off'} muted playsInline aria-label={t('scan.preview')} />
      <p class="field">
        <label for="scan-photo">{t('scan.photo')}</label>
        <input id="scan-photo" type="file" accept="image/*" onChange={(event) => void readPhoto(event.currentTarget.files?.[0])} />
      </p>
      {photoMessage && (
        <p role="status" data-testid="scan-message">
          {photoMessage}
        </p>
      )}
    </div>
  );
}
