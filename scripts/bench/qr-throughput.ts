// Animated-QR transfer speed: a 20 KB update through the whole chain a filming phone sees: fountain
// parts → HW1 frames → QR matrices (uqr) → pixels → jsQR (the app's fallback decoder) → frame
// codec → fountain decoder, with 30% of frames missed by the camera. Random payload bytes, because
// a real update is compressed JSON and so looks random: the honest worst case. Plain TypeScript
// with no Node API, so it runs under tsx or in a browser page.
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { createFountainDecoder } from '../../src/features/share/fountain/fountain-decoder';
import { createFountainEncoder } from '../../src/features/share/fountain/fountain-encoder';
import { decodeFrame, encodeFrame } from '../../src/features/share/fountain/frame-codec';
import { seededRandom } from '../../src/testing/seeded-random';

const PAYLOAD_BYTES = 20_000;
const DROP_RATE = 0.3;
const PIXELS_PER_MODULE = 4;
const SEED = 20201110;
// 5 frames a second: what a mid-range phone camera (30 fps preview, 50–150 ms per decode) reads
// reliably; cheap cameras at higher rates catch two codes in one exposure and read neither.
const DEFAULT_FPS = 5;
// Fragments of at most 600 bytes (20 KB → 34 of 589): a frame of 915 alphanumeric characters, a
// version 17 QR code (85 modules a side, 93 with the border), well inside the version ≤ 25 a cheap
// camera resolves on a 5-inch screen from 20–30 cm. At 5 fps and ~1.5 frames shown per fragment
// (30% loss; over 200 simulated loss patterns for 34 fragments the mean is 1.49, the 95th
// percentile 1.76) that is about 2,000 B/s, and over 1,650 B/s in 95% of patterns. 500 bytes
// (version 16) averages ~1,650 B/s, too close to the 1,500 B/s target; 700 (version 19) gains
// a sixth for 8 more modules a side, each of which shrinks every module on screen.
const DEFAULT_FRAGMENT_LENGTH = 600;


/** A QR matrix as black-on-white RGBA pixels. */
function rasterize(modules: boolean[][], size: number): { pixels: Uint8ClampedArray; side: number } {
  const side = size * PIXELS_PER_MODULE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    const row = modules[Math.floor(y / PIXELS_PER_MODULE)]!;
    for (let x = 0; x < side; x++) {
      if (!row[Math.floor(x / PIXELS_PER_MODULE)]) continue;
      const at = (y * side + x) * 4;
      pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
    }
  }
  return { pixels, side };
}

/** Shows frames until the receiver has the payload; throws if it got anything else. */
export function runQrThroughputBench(options: { framesPerSecond?: number; fragmentLength?: number } = {}): Record<string, number> {
  const fps = options.framesPerSecond ?? DEFAULT_FPS;
  const fragmentLength = options.fragmentLength ?? DEFAULT_FRAGMENT_LENGTH;
  const random = seededRandom(SEED);
  const payload = Uint8Array.from({ length: PAYLOAD_BYTES }, () => Math.floor(random() * 256));
  const encoder = createFountainEncoder(payload, fragmentLength);
  const decoder = createFountainDecoder();
  let framesShown = 0;
  let framesDecoded = 0;
  let decodeMs = 0;
  let version = 0;
  while (!decoder.isComplete()) {
    if (framesShown > 10 * encoder.fragmentCount) throw new Error(`No result after ${framesShown} frames`);
    const text = encodeFrame(encoder.nextPart());
    const qr = encode(text, { ecc: 'L', border: 4 });
    version = Math.max(version, qr.version);
    framesShown++;
    if (random() < DROP_RATE) continue;
    const { pixels, side } = rasterize(qr.data, qr.size);
    const started = performance.now();
    const read = jsQR(pixels, side, side);
    decodeMs += performance.now() - started;
    framesDecoded++;
    if (read?.data !== text) throw new Error(`jsQR misread frame ${framesShown}`);
    const part = decodeFrame(read.data);
    if (!part) throw new Error(`Frame ${framesShown} did not decode`);
    decoder.receive(part);
  }
  const received = decoder.result()!;
  if (received.length !== payload.length || received.some((byte, i) => byte !== payload[i])) throw new Error('Received payload differs from the one sent');
  return {
    qr_payload_bytes_per_s: Math.round(PAYLOAD_BYTES / (framesShown / fps)),
    qr_frames_shown: framesShown,
    qr_frames_needed_ratio: Math.round((framesShown / encoder.fragmentCount) * 100) / 100,
    qr_fragment_bytes: encoder.fragmentLength,
    qr_frame_version: version,
    qr_decode_ms_per_frame: Math.round((decodeMs / framesDecoded) * 10) / 10,
  };
}
