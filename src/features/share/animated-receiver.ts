// Which animated sequence the camera is following. A camera pointed at one phone also catches
// stray codes (another phone sending beside it, a poster): those never disturb a transfer that is
// moving. When the followed sequence goes quiet and another one keeps arriving, the receiver
// follows the other one; what it had collected of it meanwhile is kept, so nothing is filmed twice.
import { createFountainDecoder } from './fountain/fountain-decoder';
import type { FountainDecoder, FountainPart } from './fountain/fountain-scheme';
import { decodeAnyFrame, type FrameKind } from './fountain/frame-codec';

/** A followed sequence that sent nothing for this long gives way to another one that did. */
export const SWITCH_AFTER_MS = 2500;
/** With no frame of the followed sequence for this long, the screen says the transfer stalled. */
export const STALL_AFTER_MS = 30_000;

interface Sequence {
  kind: FrameKind;
  checksum: number;
  messageLength: number;
  decoder: FountainDecoder;
  lastFrameAt: number;
}

export type ReceivedFrame =
  | { isFrame: false; completed?: undefined }
  | { isFrame: true; followed: boolean; completed?: { kind: FrameKind; message: Uint8Array } };

export class AnimatedReceiver {
  private followed?: Sequence;
  private other?: Sequence;
  /** Messages already handed on: the sender keeps looping them, and they are not received twice. */
  private readonly completed = new Set<string>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly createDecoder: () => FountainDecoder = createFountainDecoder,
  ) {}

  /** Takes one scanned text; says whether it was a Homeward frame and what it completed. */
  receive(text: string): ReceivedFrame {
    const frame = decodeAnyFrame(text);
    if (!frame) return { isFrame: false };
    const at = this.now();
    const { kind, part } = frame;
    if (this.completed.has(keyOf(kind, part))) return { isFrame: true, followed: false };
    if (!this.followed || isOf(this.followed, kind, part)) {
      this.followed ??= this.start(kind, part);
      return this.feed(this.followed, part, at, true);
    }
    if (!this.other || !isOf(this.other, kind, part)) this.other = this.start(kind, part);
    const result = this.feed(this.other, part, at, false);
    if (result.completed) return result;
    if (at - this.followed.lastFrameAt >= SWITCH_AFTER_MS) {
      this.followed = this.other;
      this.other = undefined;
      return { isFrame: true, followed: true };
    }
    return result;
  }

  /** What the followed sequence carries, how far it is, and whether it has gone quiet. */
  status(): { kind: FrameKind; progress: number; isStalled: boolean } | undefined {
    if (!this.followed) return undefined;
    return { kind: this.followed.kind, progress: this.followed.decoder.progress(), isStalled: this.now() - this.followed.lastFrameAt >= STALL_AFTER_MS };
  }

  /** Forgets the sequences in progress (Cancel); `andCompleted` also lets finished ones be received again. */
  reset(andCompleted = false): void {
    this.followed = undefined;
    this.other = undefined;
    if (andCompleted) this.completed.clear();
  }

  private start(kind: FrameKind, part: FountainPart): Sequence {
    return { kind, checksum: part.checksum, messageLength: part.messageLength, decoder: this.createDecoder(), lastFrameAt: this.now() };
  }

  private feed(sequence: Sequence, part: FountainPart, at: number, followed: boolean): ReceivedFrame {
    sequence.decoder.receive(part);
    sequence.lastFrameAt = at;
    const message = sequence.decoder.result();
    if (!message) return { isFrame: true, followed };
    // A complete message is handed on whichever sequence it came from: it is whole and checked.
    this.reset();
    this.completed.add(keyOf(sequence.kind, part));
    return { isFrame: true, followed: true, completed: { kind: sequence.kind, message } };
  }
}

const keyOf = (kind: FrameKind, part: FountainPart) => `${kind}:${part.checksum}:${part.messageLength}`;
const isOf = (sequence: Sequence, kind: FrameKind, part: FountainPart) => sequence.kind === kind && sequence.checksum === part.checksum && sequence.messageLength === part.messageLength;
