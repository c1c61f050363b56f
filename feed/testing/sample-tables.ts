// Small valid tables for unit tests of the feed builder and the sync engine.
import type { DatasetName, DatasetTables } from '../../src/model/datasets';

const provenance = { source: 'Test source', verifiedAt: '2020-12-01' };

/** One valid record in each table, with an optional hazard title to tell versions apart. */
export function sampleTables(hazardTitle = 'Field north of the road'): { [D in DatasetName]: DatasetTables<D> } {
  return {
    places: { places: [{ id: 'fizuli', name: { en: 'Fizuli (Varanda)' }, kind: 'town', lat: 39.6, lon: 47.143, ...provenance }] },
    hazards: {
      hazards: [
        {
          id: 'hz-1',
          kind: 'cha',
          status: 'active',
          geometry: { type: 'Point', coordinates: [47.15, 39.61], radiusM: 300 },
          title: { en: hazardTitle },
          description: { en: 'Anti-personnel mines found.' },
          district: 'fizuli',
          reportedAt: '2020-11-20',
          ...provenance,
        },
      ],
    },
    transit: {
      agencies: [{ id: 'demo-bus', name: { en: 'Demo buses' }, timezone: 'Asia/Yerevan', ...provenance }],
      stops: [
        { id: 'yerevan', name: { en: 'Yerevan' }, lat: 40.183, lon: 44.517, ...provenance },
        { id: 'goris', name: { en: 'Goris' }, lat: 39.508, lon: 46.339, ...provenance },
      ],
      routes: [{ id: 'r1', agencyId: 'demo-bus', shortName: '1', longName: { en: 'Yerevan – Goris' }, notes: [], ...provenance }],
      services: [
        { id: 'daily', weekdays: [true, true, true, true, true, true, true], startDate: '20200101', endDate: '20301231', addedDates: [], removedDates: [], ...provenance },
      ],
      trips: [{ id: 't1', routeId: 'r1', serviceId: 'daily', stopTimes: [['yerevan', 28800, 28800], ['goris', 43200, 43200]], ...provenance }],
      alerts: [],
    },
    contacts: {
      contacts: [
        {
          id: 'ct-112',
          name: { en: 'Emergency' },
          description: { en: 'Emergency number' },
          categories: ['emergency'],
          phones: [{ number: '112', type: 'voice' }],
          languages: ['az'],
          area: { en: 'Azerbaijan' },
          ...provenance,
        },
      ],
    },
    sites: {
      sites: [
        {
          id: 'dadivank',
          name: { en: 'Dadivank (Khudavang) monastery' },
          otherNames: ['Դադիվանք', 'Xudavəng'],
          kind: 'monastery',
          lat: 40.161,
          lon: 46.288,
          description: { en: 'Monastery.' },
          access: { status: 'escort', rules: [] },
          ...provenance,
        },
      ],
    },
    basemap: { mapLines: [{ id: 'm2', kind: 'main-road', coordinates: [[44.517, 40.183], [46.339, 39.508]], ...provenance }] },
  };
}
