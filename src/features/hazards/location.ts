// First-load module: the reader's position, kept in memory only. It never leaves the device and
// is not stored; only the choice "location on" is remembered so warnings resume on the next visit.
import { signal } from '@preact/signals';
import type { LonLat } from './geo';

/** Where the phone is, as the Geolocation API (GPS, no data connection needed) reports it. */
export interface Position {
  coords: LonLat;
  accuracyM: number;
  at: number;
}

export type LocationState = 'off' | 'asking' | 'on' | 'denied' | 'unavailable';

export const position = signal<Position | undefined>(undefined);
export const locationState = signal<LocationState>('off');
/** The time, every few seconds while location is on: how old the fix is, as it ages. */
export const fixClock = signal(Date.now());

const LOCATION_ON_KEY = 'homeward.location';
// Fast enough to say a fix went stale within seconds of the 30 s limit.
const FIX_CLOCK_MS = 5_000;
let watchId: number | undefined;
let clockTimer: ReturnType<typeof setInterval> | undefined;

/** Starts following the position (asks the browser for permission the first time). */
export function startLocation(): void {
  if (watchId !== undefined) return;
  if (!('geolocation' in navigator)) {
    locationState.value = 'unavailable';
    return;
  }
  locationState.value = 'asking';
  fixClock.value = Date.now();
  clockTimer = setInterval(() => (fixClock.value = Date.now()), FIX_CLOCK_MS);
  watchId = navigator.geolocation.watchPosition(
    ({ coords, timestamp }) => {
      position.value = { coords: [coords.longitude, coords.latitude], accuracyM: coords.accuracy, at: timestamp };
      fixClock.value = Date.now();
      locationState.value = 'on';
    },
    (error) => {
      if (error.code === error.PERMISSION_DENIED) {
        stopLocation();
        locationState.value = 'denied';
      } else if (!position.value) {
        locationState.value = 'unavailable'; // no fix yet; watching goes on and may still get one
      }
      // With a fix already, it is kept and ages: the screens say how old it is, never silently.
    },
    { enableHighAccuracy: true, maximumAge: 10_000, timeout: 60_000 },
  );
  remember(true);
}

/** Stops following the position and forgets it. */
export function stopLocation(): void {
  if (watchId !== undefined) navigator.geolocation.clearWatch(watchId);
  watchId = undefined;
  clearInterval(clockTimer);
  position.value = undefined;
  locationState.value = 'off';
  remember(false);
}

/** Resumes following the position when the reader turned it on in an earlier visit. */
export function resumeLocation(): void {
  try {
    if (localStorage.getItem(LOCATION_ON_KEY) === 'on') startLocation();
  } catch {
    // Storage denied: the reader turns location on again each visit.
  }
}

function remember(isOn: boolean): void {
  try {
    if (isOn) localStorage.setItem(LOCATION_ON_KEY, 'on');
    else localStorage.removeItem(LOCATION_ON_KEY);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
