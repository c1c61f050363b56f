// Base45 (RFC 9285): bytes as text in the QR code's alphanumeric alphabet, so a QR code stores them
// at 5.5 bits per character (8.25 bits per byte) instead of byte mode's 8 bits per character of
// base64 (10.7 bits per byte). Raw bytes in byte mode do not survive BarcodeDetector, which hands
// back a decoded string.
import { twoBytesAsThreeLetters } from '../two-bytes-as-three-letters';

const BASE45 = twoBytesAsThreeLetters('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:');

/** `bytes` as Base45 text. */
export const encodeBase45 = (bytes: Uint8Array): string => BASE45.encode(bytes);

/** The bytes of Base45 `text`, or undefined when it is not valid Base45 (never throws). */
export const decodeBase45 = (text: string): Uint8Array | undefined => BASE45.decode(text);
