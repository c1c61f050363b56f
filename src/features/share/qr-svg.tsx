import { encode, type QrCodeGenerateData } from 'uqr';

/**
 * A QR code as SVG: black modules on white with the 4-module quiet zone the standard asks for,
 * one <path> so a large code stays cheap to draw. `data` as bytes forces byte mode (UTF-8 text).
 */
export function QrSvg({ data, label, ecc = 'M', tooLarge }: { data: QrCodeGenerateData; label: string; ecc?: 'L' | 'M' | 'Q' | 'H'; tooLarge: string }) {
  const encoded = encodeWithFallback(data, ecc);
  if (!encoded) return <p role="alert">{tooLarge}</p>;
  const { data: modules, size } = encoded;
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (isDark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-testid="qr">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

// A long record (four languages, a polygon, a signature) may not fit at the wanted error
// correction; the lowest level still scans well from a bright phone screen.
function encodeWithFallback(data: QrCodeGenerateData, ecc: 'L' | 'M' | 'Q' | 'H') {
  for (const level of ecc === 'L' ? (['L'] as const) : ([ecc, 'L'] as const)) {
    try {
      return encode(data, { ecc: level, border: 4 });
    } catch {
      // too long for this level: try the next
    }
  }
  return undefined;
}

/** The bytes of a text in UTF-8, for byte-mode QR codes that common scanners decode as UTF-8. */
export const utf8Bytes = (text: string): number[] => [...new TextEncoder().encode(text)];
