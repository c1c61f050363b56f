// First-load module: one shared "now" so ages and countdowns tick together.
import { signal } from '@preact/signals';

/** The current time, refreshed every 30 s (enough for ages and departure countdowns). */
export const now = signal(new Date());

/** Starts the shared clock. */
export function startClock(intervalMs = 30_000): void {
  setInterval(() => (now.value = new Date()), intervalMs);
}
