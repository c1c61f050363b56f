// The QR decoder for browsers without BarcodeDetector: jsQR, off the main thread so a camera
// preview never stutters. Loaded on first use only.
import jsQR from 'jsqr';

interface DecodeRequest {
  id: number;
  pixels: Uint8ClampedArray;
  width: number;
  height: number;
}

const worker = self as unknown as { addEventListener: (type: 'message', listener: (event: MessageEvent<DecodeRequest>) => void) => void; postMessage: (message: unknown) => void };

worker.addEventListener('message', ({ data }) => {
  let text: string | undefined;
  try {
    text = jsQR(data.pixels, data.width, data.height, { inversionAttempts: 'attemptBoth' })?.data;
  } catch {
    text = undefined; // a hostile or broken image is "no code", never a crash
  }
  worker.postMessage({ id: data.id, text });
});
