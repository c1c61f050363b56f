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

const LOCATION_ON_KEY = 'homeward.location';
let watchId: number | undefined;

/** Starts following the position (asks the browser for permission the first time). */
export function startLocation(): void {
  if (watchId !== undefined) return;
  if (!('geolocation' in navigator)) {
    locationState.value = 'unavailable';
    return;
  }
  locationState.value = 'asking';
  watchId = navigator.geolocation.watchPosition(
    ({ coords, timestamp }) => {
      position.value = { coords: [coords.longitude, coords.latitude], accuracyM: coords.accuracy, at: timestamp };
      locationState.value = 'on';
    },
    (error) => {
      if (error.code === error.PERMISSION_DENIED) {
        stopLocation();
        locationState.value = 'denied';
      } else if (!position.value) {
        locationState.value = 'unavailable'; // no fix yet; watching goes on and may still get one
      }
    },
    { enableHighAccuracy: true, maximumAge: 10_000, timeout: 60_000 },
  );
  remember(true);
}

/** Stops following the position and forgets it. */
export function stopLocation(): void {
  if (watchId !== undefined) navigator.geolocation.clearWatch(watchId);
  watchId = undefined;
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
