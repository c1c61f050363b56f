import { describe, expect, it } from 'vitest';
import { AnimatedReceiver } from './animated-receiver';
import { createFountainEncoder } from './fountain/fountain-encoder';
import { encodeFrame, type FrameKind } from './fountain/frame-codec';

/** Distinct bytes (no two messages alike), as a sender's phone would loop them. */
function message(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => (state = (state * 1103515245 + 12345) >>> 0) >>> 24);
}

function sender(bytes: Uint8Array, kind: FrameKind = 'feed') {
  const encoder = createFountainEncoder(bytes, 100);
  return () => encodeFrame(encoder.nextPart(), kind);
}

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('following one animated sequence', () => {
  it('finishes the sequence it follows although stray frames of another one keep arriving', () => {
    const time = clock();
    const receiver = new AnimatedReceiver(time.now);
    const wanted = message(1000, 1);
    const stray = sender(message(700, 2));
    const next = sender(wanted);
    let completed: Uint8Array | undefined;
    for (let frame = 0; frame < 60 && !completed; frame++) {
      time.advance(200);
      // One stray frame after every second frame of the wanted sequence.
      if (frame % 2 === 1) expect(receiver.receive(stray()).completed).toBeUndefined();
      completed = receiver.receive(next()).completed?.message;
    }
    expect(completed).toEqual(wanted);
  });

  it('follows another sequence when the followed one went quiet, keeping what it had of it', () => {
    const time = clock();
    const receiver = new AnimatedReceiver(time.now);
    const first = sender(message(1000, 3));
    const second = message(3000, 4);
    const next = sender(second);
    for (let frame = 0; frame < 4; frame++) receiver.receive(first());
    // The first sender left; the second is filmed from now on, 4 frames a second.
    let completed: Uint8Array | undefined;
    const seen: number[] = [];
    for (let frame = 0; frame < 60 && !completed; frame++) {
      time.advance(250);
      completed = receiver.receive(next()).completed?.message;
      seen.push(receiver.status()?.progress ?? 1);
    }
    expect(completed).toEqual(second);
    // For 2.5 s the screen goes on showing the first transfer (4 of its 10 parts)…
    expect(seen.slice(0, 9)).toEqual(Array(9).fill(0.4));
    // …then the second, with the 10 of its 30 parts filmed meanwhile already in.
    expect(seen[9]).toBeCloseTo(10 / 30);
  });

  it('says the transfer stalled after 30 seconds without a frame of it', () => {
    const time = clock();
    const receiver = new AnimatedReceiver(time.now);
    receiver.receive(sender(message(1000, 5))());
    time.advance(29_000);
    expect(receiver.status()).toMatchObject({ kind: 'feed', progress: 0.1, isStalled: false });
    time.advance(1_000);
    expect(receiver.status()?.isStalled).toBe(true);
  });

  it('hands on a whole record once, with its kind, while the sender keeps looping it', () => {
    const receiver = new AnimatedReceiver(clock().now);
    const record = message(250, 6);
    const next = sender(record, 'record');
    const completions = [];
    for (let frame = 0; frame < 40; frame++) {
      const { completed } = receiver.receive(next());
      if (completed) completions.push(completed);
    }
    expect(completions).toEqual([{ kind: 'record', message: record }]);
    expect(receiver.status()).toBeUndefined();
  });

  it('is not a frame: text of any other code', () => {
    const receiver = new AnimatedReceiver(clock().now);
    for (const text of ['HTTPS://HOMEWARD.EXAMPLE/I/ABC', 'HW1:', 'HR1:%%', 'BEGIN:VCARD']) expect(receiver.receive(text)).toEqual({ isFrame: false });
  });
});
