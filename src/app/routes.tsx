// First-load module: the route table.
import type { FunctionComponent } from 'preact';
import { HomeScreen } from '../features/home/home-screen';
import { HazardsList } from '../features/hazards/hazards-list';
import { HazardDetail } from '../features/hazards/hazard-detail';
import { BusesScreen } from '../features/buses/buses-screen';
import { ContactsList } from '../features/contacts/contacts-list';
import { ContactDetail } from '../features/contacts/contact-detail';
import { SitesList } from '../features/sites/sites-list';
import { SiteDetail } from '../features/sites/site-detail';
import { ShareScreen } from '../features/share/share-screen';
import { SettingsScreen } from '../features/settings/settings-screen';
import { NotFound } from './not-found';

type Screen = FunctionComponent<{ id: string }>;

const ROUTES: [RegExp, Screen][] = [
  [/^\/$/, HomeScreen],
  [/^\/hazards\/?$/, HazardsList],
  [/^\/hazards\/([^/]+)$/, HazardDetail],
  [/^\/buses\/?$/, BusesScreen],
  [/^\/contacts\/?$/, ContactsList],
  [/^\/contacts\/([^/]+)$/, ContactDetail],
  [/^\/sites\/?$/, SitesList],
  [/^\/sites\/([^/]+)$/, SiteDetail],
  [/^\/share\/?$/, ShareScreen],
  [/^\/settings\/?$/, SettingsScreen],
];

/** The screen for a path, with the record id a detail route carries. */
export function matchRoute(path: string): { Screen: Screen; id: string } {
  for (const [pattern, Screen] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return { Screen, id: decodeURIComponent(match[1] ?? '') };
  }
  return { Screen: NotFound, id: '' };
}
