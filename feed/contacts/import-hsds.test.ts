import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SourceError } from '../read-sources';
import { Notices } from '../validation-report';
import { importHsdsContacts } from './import-hsds';

/** The fixture HSDS directory with some files replaced (undefined: removed). */
async function hsdsWith(changes: Record<string, string | undefined>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-hsds-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await cp('feed/contacts/fixtures/hsds', dir, { recursive: true });
  for (const [name, content] of Object.entries(changes)) {
    if (content === undefined) await rm(join(dir, name));
    else await writeFile(join(dir, name), content);
  }
  return dir;
}

async function refusal(changes: Record<string, string | undefined>): Promise<string[]> {
  const dir = await hsdsWith(changes);
  const error = await importHsdsContacts(dir, { today: '2020-12-22' }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SourceError);
  return (error as Error).message.split('\n').map((line) => line.replace(`${dir}/`, ''));
}

const SERVICES_HEADER = 'id,organization_id,name,description,status,area';

describe('importHsdsContacts', () => {
  it('refuses a directory without services.csv', async () => {
    expect(await refusal({ 'services.csv': undefined })).toEqual(['services.csv: required file is missing']);
  });

  it('names the line and field of each service it cannot publish, all at once', async () => {
    expect(
      await refusal({
        'services.csv': `${SERVICES_HEADER}\nsvc-a,org-9,Test A,Test fixture.,active,Goris\nsvc-b,org-1,Test B,Test fixture.,active,\nsvc-emergency,org-2,Test emergency number,,active,Test area\n`,
        'schedules.csv': 'id,service_id,byday,opens_at,closes_at,timezone\nsch-1,svc-emergency,MO,9am,17:00,Asia/Yerevan\n',
      }),
    ).toEqual([
      'services.csv line 2, field organization_id: "org-9" is not in organizations.csv',
      'services.csv line 3, field area: service "svc-b" says nowhere where it helps: give an area column, or a location in service_at_location.csv',
      'services.csv line 3, field id: service "svc-b" has no taxonomy term in attributes.csv whose code is a Homeward category (emergency, medical, shelter, food, cash, legal, tracing, psychosocial, mine-action, transport)',
      'schedules.csv line 2, field opens_at: "9am" is not a time of day (HH:MM)',
    ]);
  });

  it('refuses opening hours without a time zone it can name', async () => {
    expect(await refusal({ 'schedules.csv': 'id,service_id,byday,opens_at,closes_at,timezone\nsch-1,svc-emergency,MO,09:00,17:00,Armenia time\n' })).toEqual([
      'schedules.csv line 2, field timezone: "Armenia time": give a time zone such as Asia/Yerevan or Asia/Baku, or a whole-hour UTC offset such as 4',
    ]);
  });

  it('takes the phones of a service from its own rows, its place of service, and only then its organisation', async () => {
    const dir = await hsdsWith({
      'phones.csv': 'id,service_id,service_at_location_id,organization_id,number,type\nph-1,,sal-1,,0 8000 9000,voice\nph-2,,,org-1,112,voice\nph-3,,,org-2,911,voice\n',
    });
    const contacts = await importHsdsContacts(dir, { today: '2020-12-22' });
    expect(contacts.map((contact) => [contact.id, contact.phones.map((phone) => phone.number)])).toEqual([
      ['ct-3f1c0d7e-0b1a-4c1e-9a57-1a2b3c4d5e6f', ['0 8000 9000']],
      ['ct-svc-emergency', ['911']],
    ]);
  });

  it('stamps a service its export does not date with today, and says so', async () => {
    const notices = new Notices();
    const dir = await hsdsWith({
      'services.csv': `${SERVICES_HEADER}\nsvc-emergency,org-2,Test emergency number,Test fixture.,active,Test area\n`,
    });
    const [contact] = await importHsdsContacts(dir, { today: '2020-12-22', notices });
    expect(contact!.verifiedAt).toBe('2020-12-22');
    expect(notices.list).toContainEqual({
      code: 'missing_assured_date',
      severity: 'WARNING',
      file: join(dir, 'services.csv'),
      line: 2,
      field: 'assured_date',
      message: 'service "svc-emergency" says not when it was last checked; stamped with today, 2020-12-22',
    });
  });
});
