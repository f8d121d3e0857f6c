import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {deleteEverything, type ExportFile, importAll, ImportError, parseExport, tablesAt} from './backup.ts';
import {exportParts} from './export-parts.ts';
import {DERIVED_TABLES, latestSchemaVersion} from './versions.ts';
import {contactBookMark, refreshContactBook} from './contacts.ts';
import {trackSentMail} from './commitments.ts';
import {recordToneCounts} from './tone-stats.ts';
import {appendLog} from './logs.ts';

const db = useTempDb();
const exportAll = async (database: ReturnType<typeof db>) => JSON.parse((await exportParts(database)).join('')) as ExportFile;

async function seed() {
  await trackSentMail(db(), {
    draftId: 'd1', threadId: 't1', subject: 'Offsite', sentAt: 1_790_000_000_000, recipients: ['kim@acme.example'], sentences: [], hasAttachment: false,
    commitments: [{sentence: 'I will book the venue by Friday.', action: 'book the venue', owner: 'me', dueAt: 1_790_400_000_000, vague: false}],
  });
  await recordToneCounts(db(), '2026-11-23', [{ruleId: 'no-shouting', tier: 'external', count: 2}]);
  await appendLog(db(), {at: 1, level: 'error', source: 'test', message: 'boom'});
  await db().coverage.put({day: '2026-11-23', seenAt: 1, source: 'dom'});
}

/** Every table a file holds: all but the derived ones (the contact book). */
const snapshot = async () => Object.fromEntries(await Promise.all(db().tables.filter((table) => !DERIVED_TABLES.has(table.name))
  .map(async (table) => [table.name, await table.toArray()])));

describe('backup', () => {
  it('writes the file in parts of bounded size that join into the JSON of every table but the derived ones', async () => {
    await seed();
    for (let i = 0; i < 50; i++) await appendLog(db(), {at: i + 2, level: 'warn', source: 'test', message: `warning ${i} ${'x'.repeat(100)}`});
    const parts = await exportParts(db(), Date.UTC(2026, 10, 23), 1_000);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.every((part) => part.length <= 1_000)).toBe(true);
    const file = JSON.parse(parts.join('')) as ExportFile;
    expect(file).toMatchObject({format: 'rapport-export', schemaVersion: latestSchemaVersion, exportedAt: '2026-11-23T00:00:00.000Z'});
    expect(file.tables).toEqual(await snapshot());
    expect((file.tables.logs as unknown[]).length).toBe(51);
  });

  it('round-trips everything through a JSON file', async () => {
    await seed();
    const before = await snapshot();
    const text = JSON.stringify(await exportAll(db()));
    await deleteEverything(db());
    expect(await db().commitments.count()).toBe(0);
    await importAll(db(), parseExport(text));
    expect(await snapshot()).toEqual(before);
  });

  it('imports a file written by version 1', async () => {
    const v1 = {
      format: 'rapport-export', schemaVersion: 1, exportedAt: '2026-11-01T00:00:00.000Z',
      tables: {
        siteHealth: [{site: 'gmail', part: 'composeRoot', count: 1, strategy: 0, lastFoundAt: 5, reportedAt: 5, uiLanguage: 'en'}],
        logs: [{id: 7, at: 5, level: 'error', source: 'x', message: 'old'}],
      },
    };
    expect(tablesAt(1)).toEqual(['logs', 'siteHealth']);
    expect(await importAll(db(), parseExport(JSON.stringify(v1)))).toEqual({siteHealth: 1, logs: 1});
    expect(await db().logs.get(7)).toMatchObject({message: 'old'});
  });

  it.each([
    ['not json', 'not JSON'],
    ['{"hello":1}', 'not a Rapport export'],
    ['{"format":"rapport-export","schemaVersion":99,"tables":{}}', 'newer Rapport'],
    ['{"format":"rapport-export","schemaVersion":2,"tables":{"passwords":[]}}', 'does not know'],
    ['{"format":"rapport-export","schemaVersion":2,"tables":{"commitments":[1,2]}}', 'damaged'],
    // The contact book is derived: a file never holds it, and one that says it does is not Rapport's word.
    [`{"format":"rapport-export","schemaVersion":${latestSchemaVersion},"tables":{"contacts":[{"email":"a@b.example"}]}}`, 'does not know'],
    [`{"format":"rapport-export","schemaVersion":${latestSchemaVersion},"tables":{"marks":[{"key":"contacts","through":0,"stale":false}]}}`, 'does not know'],
  ])('refuses %s with a clear error', (text, message) => {
    expect(() => parseExport(text)).toThrow(ImportError);
    expect(() => parseExport(text)).toThrow(message);
  });

  it('changes nothing when any record of the file is bad', async () => {
    await seed();
    const before = await snapshot();
    const file = await exportAll(db());
    file.tables.commitments!.push({sentence: 'no id'});
    file.tables.coverage!.push({day: '2026-11-24', seenAt: 2, source: 'dom'});
    await expect(async () => importAll(db(), parseExport(JSON.stringify(file)))).rejects.toThrow('record 2 of “commitments” has a wrong “id”');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file with a wrong field in any record, naming table, record and field, and writes nothing', async () => {
    await seed();
    const before = await snapshot();
    const file = await exportAll(db());
    const [commitment] = file.tables.commitments! as Array<Record<string, unknown>>;
    file.tables.coverage!.push({day: '2026-11-24', seenAt: 2, source: 'dom'});
    file.tables.commitments!.push({...commitment, id: 'c2', dueAt: 1e20});
    const text = JSON.stringify(file);
    expect(() => parseExport(text)).toThrow(ImportError);
    expect(() => parseExport(text)).toThrow('Nothing was imported: record 2 of “commitments” has a wrong “dueAt” (expected a date between 1970 and 2200).');
    file.tables.commitments![1] = {...commitment, id: 'c2', counterparts: 'kim@acme.example'};
    expect(() => parseExport(JSON.stringify(file))).toThrow('record 2 of “commitments” has a wrong “counterparts” (expected a list)');
    expect(await snapshot()).toEqual(before);
  });

  describe('the contact book (derived)', () => {
    const NOW = 1_790_000_000_000;
    const sent = (draftId: string, sentAt: number, recipients: string[]) => ({draftId, threadId: null, sentAt, recipients});

    it('is left out of the export', async () => {
      await db().sentMails.put(sent('d1', NOW - 86_400_000, ['kim@acme.example']));
      expect(await refreshContactBook(db(), NOW)).toBe('built');
      expect(await db().contacts.count()).toBe(1);
      const file = await exportAll(db());
      expect(Object.keys(file.tables).sort()).toEqual(tablesAt(latestSchemaVersion));
      expect(file.tables).not.toHaveProperty('contacts');
      expect(file.tables).not.toHaveProperty('marks');
    });

    it('is marked stale by an import, and built again with the imported mail at the next refresh', async () => {
      await db().sentMails.put(sent('d1', NOW - 86_400_000, ['kim@acme.example']));
      await refreshContactBook(db(), NOW);
      const file = await exportAll(db());
      // The imported file replaces the send's date with an older one: a fold could not take the newer one back.
      file.tables.sentMails = [sent('d1', NOW - 9 * 86_400_000, ['kim@acme.example']), sent('d2', NOW - 5 * 86_400_000, ['ann@acme.example'])];
      await importAll(db(), parseExport(JSON.stringify(file)));
      expect(await contactBookMark(db())).toMatchObject({stale: true});
      expect(await refreshContactBook(db(), NOW)).toBe('built');
      expect((await db().contacts.toArray()).map((row) => [row.email, row.lastAt]).sort()).toEqual([
        ['ann@acme.example', NOW - 5 * 86_400_000], ['kim@acme.example', NOW - 9 * 86_400_000],
      ]);
    });

    it('goes with everything else, mark included: the next refresh builds it from nothing', async () => {
      await db().sentMails.put(sent('d1', NOW - 86_400_000, ['kim@acme.example']));
      await refreshContactBook(db(), NOW);
      await deleteEverything(db());
      expect(await db().contacts.count()).toBe(0);
      expect(await contactBookMark(db())).toBeUndefined();
      expect(await refreshContactBook(db(), NOW)).toBe('built');
      expect(await db().contacts.count()).toBe(0);
    });
  });
});
