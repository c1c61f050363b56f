// First-load module: the route table. Only Home is in the first-load bundle; every other
// screen is a chunk of its own, precached by the service worker.
import type { FunctionComponent } from 'preact';
import { SHAREABLE_TABLES } from '../model/datasets';
import { HomeScreen } from '../features/home/home-screen';
import { NotFound } from './not-found';
import { lazyComponent } from '../ui/lazy-component';

const lazyScreen = lazyComponent<{ id: string }>;

const HazardsList = lazyScreen(() => import('../features/hazards/hazards-list').then((module) => module.HazardsList));
const ContactsList = lazyScreen(() => import('../features/contacts/contacts-list').then((module) => module.ContactsList));
const SitesList = lazyScreen(() => import('../features/sites/sites-list').then((module) => module.SitesList));
const HazardDetail = lazyScreen(() => import('../features/hazards/hazard-detail').then((module) => module.HazardDetail));
const MapScreen = lazyScreen(() => import('../features/hazards/map/map-screen').then((module) => module.MapScreen));
const ReportScreen = lazyScreen(() => import('../features/hazards/report-screen').then((module) => module.ReportScreen));
const SafetyGuide = lazyScreen(() => import('../features/safety/safety-guide').then((module) => module.SafetyGuide));
const ContactDetail = lazyScreen(() => import('../features/contacts/contact-detail').then((module) => module.ContactDetail));
const SiteDetail = lazyScreen(() => import('../features/sites/site-detail').then((module) => module.SiteDetail));
const PlaceDetail = lazyScreen(() => import('../features/places/place-detail').then((module) => module.PlaceDetail));
const ShareScreen = lazyScreen(() => import('../features/share/share-screen').then((module) => module.ShareScreen));
const BusesScreen = lazyScreen(() => import('../features/buses/buses-screen').then((module) => module.BusesScreen));
const SearchScreen = lazyScreen(() => import('../features/search/search-screen').then((module) => module.SearchScreen));
const RecordShareScreen = lazyScreen(() => import('../features/share/record-share-screen').then((module) => module.RecordShareScreen));
const SendScreen = lazyScreen(() => import('../features/share/send-screen').then((module) => module.SendScreen));
const ImportScreen = lazyScreen(() => import('../features/share/import-screen').then((module) => module.ImportScreen));
const SettingsScreen = lazyScreen(() => import('../features/settings/settings-screen').then((module) => module.SettingsScreen));

type Screen = FunctionComponent<{ id: string }>;

const ROUTES: [RegExp, Screen][] = [
  [/^\/$/, HomeScreen],
  [/^\/hazards\/?$/, HazardsList],
  [/^\/hazards\/map\/?$/, MapScreen],
  [/^\/hazards\/report\/?$/, ReportScreen],
  [/^\/hazards\/([^/]+)$/, HazardDetail],
  [/^\/safety\/?$/, SafetyGuide],
  [/^\/buses\/?$/, BusesScreen],
  [/^\/contacts\/?$/, ContactsList],
  [/^\/contacts\/([^/]+)$/, ContactDetail],
  [/^\/sites\/?$/, SitesList],
  [/^\/sites\/([^/]+)$/, SiteDetail],
  [/^\/places\/([^/]+)$/, PlaceDetail],
  [/^\/share\/?$/, ShareScreen],
  [/^\/share\/send\/?$/, SendScreen],
  [new RegExp(`^/share/((?:${SHAREABLE_TABLES.join('|')})/[^/]+)$`), RecordShareScreen],
  [/^\/import\/?$/, ImportScreen],
  // A record share code: the link a camera opens, in the QR code's upper case or any other.
  [/^\/i\/([^/]+)$/i, ImportScreen],
  [/^\/settings\/?$/, SettingsScreen],
  [/^\/search\/?$/, SearchScreen],
];

/** The screen for a path, with the record id a detail route carries. */
export function matchRoute(path: string): { Screen: Screen; id: string } {
  for (const [pattern, Screen] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    try {
      return { Screen, id: decodeURIComponent(match[1] ?? '') };
    } catch {
      // A malformed escape ("%E0%A4%A") names no record.
      return { Screen: NotFound, id: '' };
    }
  }
  return { Screen: NotFound, id: '' };
}
