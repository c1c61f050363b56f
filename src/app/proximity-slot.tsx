// First-load module: the near-hazard warning's code (geometry, index) loads only once the reader
// turns location on, so the first visit does not carry it.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { locationState } from '../features/hazards/location';

let ProximityWarning: FunctionComponent | undefined;

/** Renders the proximity warning whenever location is on, on every screen. */
export function ProximitySlot() {
  const isOn = locationState.value !== 'off';
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (!isOn || ProximityWarning) return;
    void import('../features/hazards/proximity-warning').then((module) => {
      ProximityWarning = module.ProximityWarning;
      setLoaded(true);
    });
  }, [isOn]);
  return isOn && ProximityWarning ? <ProximityWarning /> : null;
}
