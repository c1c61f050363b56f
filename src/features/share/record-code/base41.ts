// Bytes as text a share link can carry in its path and a QR code can hold in alphanumeric mode:
// Base45's scheme (RFC 9285, two bytes as three letters) over the 41 letters of the QR alphabet
// that mean nothing special in a URL path. Space, "%" and "/" would be escaped or split the path;
// "." would make a static host look for a file ("/I/AB.CD" has an extension).

import { twoBytesAsThreeLetters } from '../two-bytes-as-three-letters';

export const BASE41_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-:';
const BASE41 = twoBytesAsThreeLetters(BASE41_ALPHABET);

/** `bytes` as link text: 3 letters per 2 bytes, 2 for a last odd byte. */
export const encodeBase41 = (bytes: Uint8Array): string => BASE41.encode(bytes);

/** The bytes of link text, upper or lower case (a person or an app may lower-case it), or undefined when it is not Base41. */
export const decodeBase41 = (text: string): Uint8Array | undefined => BASE41.decode(text.toUpperCase());
