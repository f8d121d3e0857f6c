// Every shipped schema version must open with the newest code and keep its records. For each version, a database
// is written with only the declarations up to that version (as a user who installed it then would have), then
// opened with RapportDb. A new version needs a sample here: the test fails until it has one.
import Dexie from 'dexie';
import {afterEach, describe, expect, it} from 'vitest';
import {RapportDb} from './db.ts';
import {contactBookMark, refreshContactBook} from './contacts.ts';
import {declareVersions, latestSchemaVersion, schemaVersions, upgradeRow} from './versions.ts';

type Samples = Record<string, unknown[]>;

/** Records as each version wrote them. Keep old samples unchanged when adding a version: they are history. */
const samplesByVersion: Record<number, Samples> = {
  1: {
    siteHealth: [
      {site: 'gmail', part: 'composeRoot', count: 2, strategy: 0, lastFoundAt: 1_790_000_000_000, reportedAt: 1_790_000_000_000, uiLanguage: 'en'},
      {site: 'calendar', part: 'eventChip', count: 0, strategy: null, lastFoundAt: null, reportedAt: 1_790_000_000_500, uiLanguage: 'ja'},
    ],
    logs: [{at: 1_790_000_000_000, level: 'error', source: 'gmail:compose-frame', message: 'boom', stack: 'Error: boom'}],
  },
  2: {
    siteHealth: [{site: 'gmail', part: 'sendButton', count: 1, strategy: 1, lastFoundAt: 1_790_000_100_000, reportedAt: 1_790_000_100_000, uiLanguage: 'es'}],
    logs: [{at: 1_790_000_100_000, level: 'warn', source: 'background:alarms', message: 'late'}],
    commitments: [{
      id: 'c1', draftId: '#msg-a:r-1', threadId: '18d0000000000001', subject: 'Q4 planning', sentence: "I'll send the deck by Friday.",
      action: 'send the deck', owner: 'me', counterparts: ['sam@example.org'], createdAt: 1_790_000_000_000,
      dueAt: 1_790_300_000_000, duePhrase: 'by Friday', vague: false, status: 'open',
    }],
    nudges: [{
      id: 'commitment-due:c1', kind: 'commitment-due', subjectId: 'c1', title: 'Send the deck', detail: 'Due Friday',
      createdAt: 1_790_000_000_000, surfaceAt: 1_790_296_400_000, dueAt: 1_790_300_000_000, status: 'active',
    }],
    events: [{id: 'ev1', title: 'Weekly sync', start: '2026-11-23T15:00:00-06:00', end: '2026-11-23T15:30:00-06:00', source: 'dom'}],
    coverage: [{day: '2026-11-23', seenAt: 1_790_000_000_000, source: 'dom'}],
    toneStats: [{day: '2026-11-23', ruleId: 'no-shouting', tier: 'external', count: 2}],
    summaries: [{weekStart: '2026-11-16', computedAt: 1_790_000_000_000, summary: {made: 3}}],
  },
  3: {
    siteHealth: [{site: 'calendar', part: 'eventChip', count: 4, strategy: 0, lastFoundAt: 1_790_000_200_000, reportedAt: 1_790_000_200_000, uiLanguage: 'en'}],
    logs: [{at: 1_790_000_200_000, level: 'error', source: 'compose/sent', message: 'late'}],
    commitments: [{
      id: 'c2', draftId: 'compose:p1:c-1', threadId: null, subject: 'Venue', sentence: 'We will confirm the venue by Thursday.',
      action: 'confirm the venue', owner: 'me', counterparts: ['kim@acme.example'], createdAt: 1_790_000_200_000,
      dueAt: 1_790_400_000_000, duePhrase: 'by Thursday', vague: false, status: 'open',
    }],
    nudges: [],
    events: [],
    coverage: [],
    toneStats: [{day: '2026-11-24', ruleId: '_drafts', tier: 'external', count: 1}],
    summaries: [],
    sentMails: [{draftId: 'compose:p1:c-1', threadId: null, sentAt: 1_790_000_200_000, recipients: ['kim@acme.example']}],
  },
  4: {
    siteHealth: [],
    logs: [],
    commitments: [],
    nudges: [{
      id: 'cadence-gap:weekly@2026-11-30', kind: 'cadence-gap', subjectId: 'weekly@2026-11-30',
      title: {key: 'background_gapOverdue', args: [{key: 'cadence_weekly'}]}, detail: {key: 'background_cadenceHeldNoneNext', args: [{day: '2026-11-20'}]},
      createdAt: 1_790_000_300_000, surfaceAt: 1_790_000_300_000, dueAt: null, status: 'active',
    }],
    events: [],
    coverage: [],
    toneStats: [],
    summaries: [{weekStart: '2026-11-23', computedAt: 1_790_000_300_000, summary: {tone: {hints: 2, trend: [{weekStart: '2026-11-23', hints: 2}]}}}],
    sentMails: [],
  },
  5: {
    siteHealth: [],
    logs: [],
    commitments: [],
    nudges: [],
    events: [],
    coverage: [],
    toneStats: [],
    summaries: [],
    sentMails: [],
    keyPeople: [{email: 'kim@acme.example', name: 'Kim Ito', group: 'external', everyDays: 10, addedAt: 1_790_000_400_000}],
    receivedMails: [{messageId: '#msg-f:1790000000000000002', threadId: '18d0000000000002', from: 'kim@acme.example', name: 'Kim Ito', at: 1_790_000_400_000}],
    owedItems: [{
      id: 'ask:#msg-f:1790000000000000002:abc', direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim Ito', sentence: 'Could you confirm the venue?',
      at: 1_790_000_400_000, dueAt: null, threadId: '18d0000000000002', messageId: '#msg-f:1790000000000000002', status: 'open',
    }],
  },
  6: {
    siteHealth: [],
    logs: [],
    commitments: [],
    nudges: [
      {
        id: 'commitment-due:c3', kind: 'commitment-due', subjectId: 'c3', title: {own: 'Book the room'}, detail: {own: 'Due Monday'},
        createdAt: 1_790_000_300_000, surfaceAt: 1_790_100_000_000, dueAt: 1_790_200_000_000, status: 'active',
      },
      {
        id: 'commitment-undated:c4', kind: 'commitment-undated', subjectId: 'c4', title: {own: 'Get back to Kim'}, detail: {own: 'No date given'},
        createdAt: 1_790_000_300_000, surfaceAt: 1_790_100_000_000, dueAt: null, status: 'active',
      },
    ],
    events: [],
    coverage: [],
    toneStats: [],
    summaries: [],
    sentMails: [],
    keyPeople: [],
    receivedMails: [],
    owedItems: [],
  },
  7: {
    siteHealth: [],
    logs: [],
    commitments: [],
    nudges: [],
    events: [],
    coverage: [],
    toneStats: [],
    summaries: [],
    sentMails: [{draftId: '#msg-a:r-7', threadId: '18d0000000000007', sentAt: 1_790_000_500_000, recipients: ['kim@acme.example']}],
    keyPeople: [],
    receivedMails: [],
    owedItems: [],
    contacts: [{
      email: 'kim@acme.example', lastAt: 1_790_000_500_000, lastKind: 'sent', sent: 1, met: 0, sentOrMet: 1, sentOrMetLastAt: 1_790_000_500_000,
    }],
    marks: [{key: 'contacts', through: 1_790_000_600_000, stale: false}],
  },
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema versions', () => {
  it('are numbered upwards without gaps', () => {
    expect(schemaVersions.map((step) => step.version)).toEqual(schemaVersions.map((_, index) => index + 1));
  });

  for (const {version} of schemaVersions) {
    it(`a database written at version ${version} opens at version ${latestSchemaVersion} with every record intact`, async () => {
      const samples = samplesByVersion[version];
      expect(samples, `add samples for version ${version}`).toBeDefined();
      const name = `upgrade-from-${version}`;
      names.push(name);

      const old = new Dexie(name);
      declareVersions(old, version);
      await old.open();
      expect(old.tables.map((table) => table.name).sort(), 'samples cover every table of that version')
        .toEqual(Object.keys(samples!).sort());
      for (const [table, rows] of Object.entries(samples!)) await old.table(table).bulkAdd(rows);
      old.close();

      const current = new RapportDb(name);
      await current.open();
      expect(current.verno).toBe(latestSchemaVersion);
      for (const [table, rows] of Object.entries(samples!)) {
        const stored = await current.table(table).toArray();
        // Every record is kept, changed only as the versions since say (versions.ts `rows`).
        for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(upgradeRow(table, row as Record<string, unknown>, version)));
      }
      current.close();
    });
  }
});

describe('version 4', () => {
  it('keeps an old nudge\'s finished sentences as the user\'s words, and calls the summary\'s tone counts hints', () => {
    expect(upgradeRow('nudges', {id: 'n', title: 'Send the deck', detail: 'Due Friday'}, 3)).toEqual({id: 'n', title: {own: 'Send the deck'}, detail: {own: 'Due Friday'}});
    expect(upgradeRow('nudges', {id: 'n', title: {own: 'x'}, detail: {key: 'cadence_weekly'}}, 3)).toEqual({id: 'n', title: {own: 'x'}, detail: {key: 'cadence_weekly'}});
    expect(upgradeRow('summaries', {weekStart: 'w', summary: {made: 1, tone: {nudges: 3, drafts: 2, trend: [{weekStart: 'a', nudges: 1}]}}}, 2))
      .toEqual({weekStart: 'w', summary: {made: 1, tone: {hints: 3, drafts: 2, trend: [{weekStart: 'a', hints: 1}]}}});
    expect(upgradeRow('nudges', {id: 'n', title: 'kept'}, 4)).toEqual({id: 'n', title: 'kept'});
  });
});

describe('version 7', () => {
  it('opens a version 6 database without a contact book; the first refresh builds it from the mail and meetings kept', async () => {
    const name = 'upgrade-book-from-6';
    names.push(name);
    const old = new Dexie(name);
    declareVersions(old, 6);
    await old.open();
    const at = 1_790_000_000_000;
    await old.table('sentMails').bulkAdd([{draftId: 'd1', threadId: null, sentAt: at, recipients: ['Kim@Acme.example', 'ann@acme.example']}]);
    await old.table('receivedMails').bulkAdd([{messageId: 'm1', threadId: 't', from: 'kim@acme.example', name: 'Kim Ito', at: at + 1_000}]);
    await old.table('events').bulkAdd([{
      id: 'ev', title: 'Sync', start: new Date(at - 86_400_000).toISOString(), end: new Date(at - 84_600_000).toISOString(), allDay: false, timeZone: 'UTC',
      recurring: false, cancelled: false, declined: false, source: 'dom', attendees: [{email: 'ann@acme.example', name: 'Ann Lee'}],
    }]);
    old.close();

    const current = new RapportDb(name);
    await current.open();
    expect(await current.contacts.count()).toBe(0);
    expect(await contactBookMark(current)).toBeUndefined();
    expect(await refreshContactBook(current, at + 3_600_000)).toBe('built');
    expect((await current.contacts.toArray()).map((row) => [row.email, row.lastKind, row.sentOrMet, row.name])).toEqual([
      ['ann@acme.example', 'sent', 2, 'Ann Lee'], ['kim@acme.example', 'received', 1, 'Kim Ito'],
    ]);
    current.close();
  });
});
