// Reads a QR code from a camera frame or a photo: the browser's BarcodeDetector where it exists
// (Android Chrome), else jsQR in a worker.

type Source = HTMLVideoElement | ImageBitmap;

interface BarcodeDetectorLike {
  detect(source: Source): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector: { new (options: { formats: string[] }): BarcodeDetectorLike; getSupportedFormats(): Promise<string[]> } | undefined;

// Big photos are scaled down: QR modules survive it, and jsQR's time grows with pixel count.
const MAX_SIDE = 1024;

let detector: Promise<BarcodeDetectorLike | undefined> | undefined;
let worker: Worker | undefined;
let nextId = 0;

function nativeDetector(): Promise<BarcodeDetectorLike | undefined> {
  detector ??= (async () => {
    if (typeof BarcodeDetector === 'undefined') return undefined;
    const formats: string[] = await BarcodeDetector.getSupportedFormats().catch(() => []);
    return formats.includes('qr_code') ? new BarcodeDetector({ formats: ['qr_code'] }) : undefined;
  })();
  return detector;
}

function decodeInWorker(pixels: ImageData): Promise<string | undefined> {
  worker ??= new Worker(new URL('./qr-decoder.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const active = worker;
  return new Promise((resolve) => {
    const onMessage = ({ data }: MessageEvent<{ id: number; text?: string }>) => {
      if (data.id !== id) return;
      active.removeEventListener('message', onMessage);
      resolve(data.text);
    };
    active.addEventListener('message', onMessage);
    active.postMessage({ id, pixels: pixels.data, width: pixels.width, height: pixels.height }, [pixels.data.buffer]);
  });
}

/** The text of the QR code in an image or the current video frame, if one can be read. */
export async function decodeQr(source: Source): Promise<string | undefined> {
  const native = await nativeDetector();
  if (native) {
    const [code] = await native.detect(source).catch(() => []);
    return code?.rawValue;
  }
  const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
  const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
  if (!width || !height) return undefined;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return decodeInWorker(context.getImageData(0, 0, canvas.width, canvas.height));
}
