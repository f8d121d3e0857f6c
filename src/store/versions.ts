import type Dexie from 'dexie';

// Every schema version Rapport has ever shipped, oldest first. Never edit or delete a shipped entry: users may have
// a database at any of them, and Dexie upgrades by walking this list. Add a new entry (and its upgrade, beside it)
// for each change; src/store/upgrade.test.ts opens a database written at every older version with the newest code.

export type SchemaVersion = {
  version: number;
  /** Dexie store specs: primary key first, then indexes. Only tables that change need restating. */
  stores: Record<string, string | null>;
  upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
};

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One row per (site, selector name): diagnostics without content.
      siteHealth: '[site+part], site, reportedAt',
      // Errors and warnings, newest kept (trimmed by the background).
      logs: '++id, at, source',
    },
  },
  {
    version: 2,
    stores: {
      // Promises from sent mail. Ids are derived from the mail and the sentence, so a retried or doubled message
      // stores one record. [status+dueAt] serves "open and due before T" (IndexedDB leaves undated ones out of it,
      // hence status alone too); owner keeps the executive's apart.
      commitments: 'id, draftId, threadId, status, owner, createdAt, dueAt, [status+dueAt], closedAt',
      // What needs the user: one per subject (a commitment coming due, a cadence gap, ...), shown from surfaceAt on.
      nudges: 'id, kind, subjectId, [status+surfaceAt], notifiedAt, resolvedAt',
      // Calendar events seen on calendar pages or imported, and which days have been seen (coverage).
      events: 'id, start, seriesId, source',
      coverage: 'day, seenAt',
      // Counts of tone nudges by day, rule and recipient tier; never any text.
      toneStats: '[day+ruleId+tier], day',
      // The weekly summary, computed once per week.
      summaries: 'weekStart, computedAt',
    },
  },
  {
    version: 3,
    stores: {
      // Mails sent, without their text: a send taken in once however often its message is retried.
      sentMails: 'draftId, sentAt',
    },
  },
  {
    version: 4,
    stores: {
      // The popup's Now list opens on its first page, most urgent first (by deadline, then by when it surfaced): this
      // index serves that page in order without reading a year of backlog. Undated nudges are not in it (IndexedDB
      // leaves null keys out) and are read from [status+surfaceAt] after the dated ones.
      nudges: 'id, kind, subjectId, [status+surfaceAt], [status+dueAt+surfaceAt], notifiedAt, resolvedAt',
    },
  },
];

export const latestSchemaVersion = schemaVersions.at(-1)!.version;

/** Declare versions up to `upTo` (all by default) on a Dexie instance. Tests use `upTo` to write old databases. */
export function declareVersions(db: Dexie, upTo = latestSchemaVersion): void {
  for (const step of schemaVersions) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
