// First-load module: Home lists the newest hazards with their kind.
import type { HazardKind } from '../../model/vocabulary';

// Shapes differ as well as colours, so the kind reads without colour vision; the words sit beside it.
const SHAPES: Record<HazardKind, preact.JSX.Element> = {
  cha: <path d="M12 2 23 21H1Z" fill="#c00000" />,
  sha: <path d="M12 2 23 21H1Z" fill="#f4a718" stroke="#5a3b00" stroke-width="1.5" />,
  erw: <circle cx="12" cy="12" r="9" fill="#7a1f00" />,
  accident: <path d="M9 2h6v7h7v6h-7v7H9v-7H2V9h7Z" fill="#222" />,
  released: <rect x="3" y="3" width="18" height="18" rx="2" fill="none" stroke="#36454f" stroke-width="2.5" stroke-dasharray="4 2" />,
};
const MARKS: Partial<Record<HazardKind, string>> = { cha: '!', sha: '?' };

/** A small pictogram of a hazard kind; decorative, as the kind is always written next to it. */
export function HazardKindIcon({ kind }: { kind: HazardKind }) {
  return (
    <svg class="hazard-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {SHAPES[kind]}
      {MARKS[kind] && (
        <text x="12" y="19" text-anchor="middle" font-size="12" font-weight="700" fill={kind === 'cha' ? '#fff' : '#000'}>
          {MARKS[kind]}
        </text>
      )}
    </svg>
  );
}
