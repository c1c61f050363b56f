// How close to an active hazard's edge the app warns (a setting, default 500 m).
import { signal } from '@preact/signals';

export const WARNING_DISTANCES_M = [200, 500, 1000, 2000] as const;
const KEY = 'homeward.warningDistance';

function readSaved(): number {
  try {
    const saved = Number(localStorage.getItem(KEY));
    return (WARNING_DISTANCES_M as readonly number[]).includes(saved) ? saved : 500;
  } catch {
    return 500;
  }
}

/** The warning radius in metres. */
export const warningDistanceM = signal(readSaved());

/** Changes and remembers the warning radius. */
export function setWarningDistance(metres: number): void {
  warningDistanceM.value = metres;
  try {
    localStorage.setItem(KEY, String(metres));
  } catch {
    // Applies to this visit only.
  }
}
