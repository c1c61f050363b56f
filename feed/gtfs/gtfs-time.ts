// GTFS times count from "noon minus 12 h" of the service day, so they may pass 24:00:00.

/** The latest time the app's format accepts: 7 days into the service day. */
export const MAX_SERVICE_SECONDS = 7 * 24 * 3600;

/** Seconds of a GTFS time "H:MM:SS" or "HH:MM:SS" (hours may pass 24); undefined when malformed. */
export function parseGtfsTime(text: string): number | undefined {
  const match = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Formats seconds as a GTFS time, "HH:MM:SS". */
export function formatGtfsTime(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}
