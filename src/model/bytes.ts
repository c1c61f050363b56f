// Joining byte arrays: downloads in pieces, inflated chunks, kept partial files.

/** The pieces joined into one array. */
export function concatBytes(pieces: readonly Uint8Array[], length = pieces.reduce((sum, piece) => sum + piece.byteLength, 0)): Uint8Array {
  if (pieces.length === 1 && pieces[0]!.byteLength === length) return pieces[0]!;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.byteLength;
  }
  return joined;
}
