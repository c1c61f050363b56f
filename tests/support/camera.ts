// A phone camera filming another phone's screen, after the fact: a 1× screenshot of a QR code is
// scaled down, turned a little, blurred and given sensor noise by ImageMagick, then read by ZBar
// (the decoder inside many scanner apps), which shares no code with the app's encoder or jsQR.
// The absolute paths skip any stand-in earlier on PATH: scripts/system-packages.mjs installs both.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONVERT = '/usr/bin/convert';
const ZBARIMG = '/usr/bin/zbarimg';

/** How one filmed frame differs from the screen. */
export interface CameraShot {
  /** Scale, in percent of the screenshot's pixels (a camera a hand's width away). */
  scalePercent: number;
  rotateDegrees: number;
  blurSigma: number;
  /** ImageMagick's -attenuate for Gaussian noise: 0 none, 1 strong. */
  noise: number;
  seed: number;
}

/**
 * A seeded shot within the bounds a held phone gives: 70–100 %, ±3°, a slight defocus (Gaussian
 * blur of σ 0.4–0.8 px after scaling, up to a third of a module at 70 %), sensor noise 0.3–0.8.
 */
export function cameraShot(seed: number): CameraShot {
  // mulberry32: neighbouring seeds give unrelated shots.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
  return { scalePercent: Math.round(70 + next() * 30), rotateDegrees: round(next() * 6 - 3, 1), blurSigma: round(0.4 + next() * 0.4, 2), noise: round(0.3 + next() * 0.5, 2), seed };
}

/** The PNG as the camera sees it. */
export function filmed(png: Buffer, shot: CameraShot): Buffer {
  return execFileSync(CONVERT, [
    'png:-',
    '-seed', String(shot.seed),
    '-colorspace', 'Gray',
    '-resize', `${shot.scalePercent}%`,
    '-background', 'white',
    '-rotate', String(shot.rotateDegrees),
    '-blur', `0x${shot.blurSigma}`,
    '-attenuate', String(shot.noise),
    '+noise', 'Gaussian',
    'png:-',
  ], { input: png, maxBuffer: 32 * 1024 * 1024 });
}

/** The text ZBar reads from a PNG's QR code, or null when it reads none. */
export function zbarRead(png: Buffer): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-zbar-'));
  try {
    const file = join(dir, 'shot.png');
    writeFileSync(file, png);
    const out = execFileSync(ZBARIMG, ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.replace(/\n$/, '') || null;
  } catch {
    // zbarimg exits 4 when it found no code.
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
