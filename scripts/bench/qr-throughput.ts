// Animated-QR transfer speed: a 20 KB update through the whole chain a filming phone sees: fountain
// parts → HW1 frames → QR matrices (uqr) → pixels → a camera model (each frame scaled to 70–100%,
// blurred, noised: cameraView) → jsQR (the app's fallback decoder) → frame codec → fountain
// decoder, with 30% of frames missed by the camera and any frame jsQR cannot read lost too. Random payload bytes, because
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
// Sensor noise: the sum of three uniforms in ±1.5 × this, σ = this ÷ 2 grey levels (of 255).
// 15 (σ ≈ 7.5) is a phone camera filming a lit screen; QR_NOISE=26 (σ ≈ 13), a dim room, gives
// about 1,250 B/s at 700-byte fragments and 970 at 600.
const NOISE_SCALE = Number(process.env.QR_NOISE ?? 15);
const SEED = 20201110;
// 5 frames a second: what a mid-range phone camera (30 fps preview, 50–150 ms per decode) reads
// reliably; cheap cameras at higher rates catch two codes in one exposure and read neither.
const DEFAULT_FPS = 5;
// Fragments of at most 700 bytes (20 KB → 29 of 690): a frame of 1,061 alphanumeric characters,
// a version 19 QR code (93 modules a side). Through the camera model (70–100 % scale, blur, noise
// σ ≈ 7.5), one seeded run each: 500 bytes (version 16) 1,515 B/s, 600 (version 17) 1,408 B/s,
// 700 (version 19) 1,818 B/s: each frame unread costs less than the fewer frames gain.
const DEFAULT_FRAGMENT_LENGTH = 700;


/**
 * A QR matrix as a phone camera films it off a screen drawn at PIXELS_PER_MODULE: resampled to
 * `scale` (bilinear), blurred by a 3×3 binomial kernel (σ ≈ 0.7 px, a slight defocus), and given
 * sensor noise (σ ≈ 0.1 of full scale); grey RGBA pixels for jsQR.
 */
function cameraView(modules: boolean[][], size: number, scale: number, random: () => number): { pixels: Uint8ClampedArray; side: number } {
  const screen = size * PIXELS_PER_MODULE;
  const side = Math.round(screen * scale);
  const at = (x: number, y: number) => (modules[Math.min(size - 1, Math.floor(y / PIXELS_PER_MODULE))]![Math.min(size - 1, Math.floor(x / PIXELS_PER_MODULE))] ? 0 : 255);
  let grey = new Float32Array(side * side);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const sx = (x + 0.5) / scale - 0.5;
      const sy = (y + 0.5) / scale - 0.5;
      const x0 = Math.max(0, Math.floor(sx));
      const y0 = Math.max(0, Math.floor(sy));
      const fx = Math.min(1, Math.max(0, sx - x0));
      const fy = Math.min(1, Math.max(0, sy - y0));
      grey[y * side + x] = (at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx) * (1 - fy) + (at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx) * fy;
    }
  }
  for (const [dx, dy] of [[1, 0], [0, 1]] as const) {
    const blurred = new Float32Array(side * side);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const sample = (ox: number, oy: number) => grey[Math.min(side - 1, Math.max(0, y + oy)) * side + Math.min(side - 1, Math.max(0, x + ox))]!;
        blurred[y * side + x] = (sample(-dx, -dy) + 2 * sample(0, 0) + sample(dx, dy)) / 4;
      }
    }
    grey = blurred;
  }
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let i = 0; i < side * side; i++) {
    // The sum of three uniforms: near-Gaussian noise, σ = 0.1 of full scale.
    const noise = (random() + random() + random() - 1.5) * NOISE_SCALE;
    pixels[i * 4] = pixels[i * 4 + 1] = pixels[i * 4 + 2] = grey[i]! + noise;
    pixels[i * 4 + 3] = 255;
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
  let framesUnread = 0;
  let decodeMs = 0;
  let version = 0;
  while (!decoder.isComplete()) {
    if (framesShown > 10 * encoder.fragmentCount) throw new Error(`No result after ${framesShown} frames`);
    const text = encodeFrame(encoder.nextPart());
    const qr = encode(text, { ecc: 'L', border: 4 });
    version = Math.max(version, qr.version);
    framesShown++;
    if (random() < DROP_RATE) continue;
    const { pixels, side } = cameraView(qr.data, qr.size, 0.7 + random() * 0.3, random);
    const started = performance.now();
    const read = jsQR(pixels, side, side);
    decodeMs += performance.now() - started;
    framesDecoded++;
    // A frame the camera could not read is lost like a dropped one; a misread never passes the frame CRC.
    const part = read ? decodeFrame(read.data) : undefined;
    if (!part) {
      framesUnread++;
      continue;
    }
    decoder.receive(part);
  }
  const received = decoder.result()!;
  if (received.length !== payload.length || received.some((byte, i) => byte !== payload[i])) throw new Error('Received payload differs from the one sent');
  return {
    qr_payload_bytes_per_s: Math.round(PAYLOAD_BYTES / (framesShown / fps)),
    qr_frames_shown: framesShown,
    qr_frames_unread_share: Math.round((framesUnread / Math.max(1, framesDecoded)) * 100) / 100,
    qr_frames_needed_ratio: Math.round((framesShown / encoder.fragmentCount) * 100) / 100,
    qr_fragment_bytes: encoder.fragmentLength,
    qr_frame_version: version,
    qr_decode_ms_per_frame: Math.round((decodeMs / framesDecoded) * 10) / 10,
  };
}
