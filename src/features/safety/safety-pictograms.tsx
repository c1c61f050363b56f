// Presentation attributes only (fill, stroke…): the Content-Security-Policy forbids inline styles.
import type { ComponentChildren } from 'preact';
import type { SafetyStepId } from './safety-content';

const INK = '#1a1a1a';
const RED = '#c00000';

function Pictogram({ children }: { children: ComponentChildren }) {
  // Decorative: the words beside each pictogram carry the meaning.
  return (
    <svg class="pictogram" viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

// Left and right prints walking up the page: the way the reader came.
const FOOTPRINTS: readonly (readonly [number, number])[] = [
  [18, 10],
  [32, 24],
  [18, 38],
  [32, 52],
];

const STEP_DRAWINGS: Record<SafetyStepId, preact.JSX.Element> = {
  // A raised open hand on a red disc.
  stop: (
    <>
      <circle cx="32" cy="32" r="31" fill={RED} />
      <g fill="#fff">
        <rect x="19" y="15" width="6" height="24" rx="3" />
        <rect x="26" y="10" width="6" height="28" rx="3" />
        <rect x="33" y="11" width="6" height="27" rx="3" />
        <rect x="40" y="16" width="6" height="22" rx="3" />
        <path d="M19 32h27v9a13 13 0 0 1-13 13h-1a13 13 0 0 1-13-13z" />
        <rect x="12" y="30" width="6" height="16" rx="3" transform="rotate(-35 15 38)" />
      </g>
    </>
  ),
  // An adult holding out an arm to stop a child; a red exclamation mark.
  warn: (
    <>
      <g fill={INK}>
        <circle cx="20" cy="10" r="6" />
        <path d="M13 19h14l2 20h-4l-1 21h-5l-1-21h-3z" />
        <circle cx="47" cy="33" r="5" />
        <path d="M42 40h10l1 11h-2l-1 10h-6l-1-10h-2z" />
      </g>
      <path d="M27 22l13 8" stroke={INK} stroke-width="4" stroke-linecap="round" />
      <path d="M57 4v13m0 6v1" stroke={RED} stroke-width="5" stroke-linecap="round" />
    </>
  ),
  // Footprints with an arrow back along them.
  'go-back': (
    <>
      <g fill={INK}>
        {FOOTPRINTS.map(([x, y]) => (
          <g key={y}>
            <ellipse cx={x} cy={y - 3} rx="4.5" ry="6" />
            <circle cx={x} cy={y + 7} r="3.5" />
          </g>
        ))}
      </g>
      <path d="M50 8v46m-8-9 8 10 8-10" fill="none" stroke={RED} stroke-width="4" stroke-linecap="round" stroke-linejoin="round" />
    </>
  ),
  // A stick with a tied red cloth, and a pile of stones.
  mark: (
    <>
      <path d="M4 58h56" stroke={INK} stroke-width="3" stroke-linecap="round" />
      <path d="M20 58V8" stroke="#6b4400" stroke-width="4" stroke-linecap="round" />
      <path d="M22 10h18l-5 7 5 7H22z" fill={RED} />
      <ellipse cx="42" cy="53" rx="9" ry="5" fill="#666" />
      <ellipse cx="54" cy="54" rx="6" ry="4" fill="#888" />
      <ellipse cx="47" cy="46" rx="6" ry="4" fill="#999" />
    </>
  ),
  // A phone with lines of a message on its screen.
  report: (
    <>
      <rect x="18" y="4" width="28" height="56" rx="5" fill="#12355b" />
      <rect x="22" y="11" width="20" height="38" fill="#fff" />
      <circle cx="32" cy="54" r="2.5" fill="#fff" />
      <path d="M25 19h14M25 26h14M25 33h9" stroke={INK} stroke-width="3" stroke-linecap="round" />
    </>
  ),
};

/** The pictogram of one of the five steps; decorative. */
export function StepPictogram({ step }: { step: SafetyStepId }) {
  return <Pictogram>{STEP_DRAWINGS[step]}</Pictogram>;
}

/** A mine warning sign drawn simply: a skull and crossbones on a red triangle; decorative. */
export function DangerSignPictogram() {
  return (
    <Pictogram>
      <path d="M32 4 62 58H2z" fill={RED} stroke={INK} stroke-width="2" stroke-linejoin="round" />
      <path d="M21 40 43 52M43 40 21 52" stroke="#fff" stroke-width="4" stroke-linecap="round" />
      <circle cx="32" cy="30" r="9" fill="#fff" />
      <rect x="27" y="33" width="10" height="8" rx="1.5" fill="#fff" />
      <circle cx="28.5" cy="29" r="2.4" fill={RED} />
      <circle cx="35.5" cy="29" r="2.4" fill={RED} />
    </Pictogram>
  );
}
