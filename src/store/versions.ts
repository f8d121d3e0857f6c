import type Dexie from 'dexie';

// Every schema version Rapport has ever shipped, oldest first. Never edit or delete a shipped entry: users may have
// a database at any of them, and Dexie upgrades by walking this list. Add a new entry (and its upgrade, beside it)
// for each change; src/store/upgrade.test.ts opens a database written at every older version with the newest code.

export type SchemaVersion = {
  version: number;
  /** Dexie store specs: primary key first, then indexes. Only tables that change need restating. */
  stores: Record<string, string | null>;
  /**
   * How a record written before this version becomes one of it, by table. One path for both ways an old record
   * arrives: Dexie runs it on the user's database when the extension updates, and an import of an older export runs
   * it on the file's rows (src/store/backup.ts).
   */
  rows?: Record<string, (row: Record<string, unknown>) => Record<string, unknown>>;
};

/** A nudge's words written as a finished sentence (before version 4) become the user's words as they stood. */
const textAsStored = (value: unknown) => (typeof value === 'string' ? {own: value} : value);

/** The weekly summary said "nudges" for the tone hints it counted (before version 4). */
function summaryHints(row: Record<string, unknown>): Record<string, unknown> {
  const summary = row.summary as {tone?: Record<string, unknown> & {trend?: unknown}} | undefined;
  const tone = summary?.tone;
  if (!tone || typeof tone !== 'object' || !('nudges' in tone)) return row;
  const {nudges, trend, ...rest} = tone;
  const weeks = Array.isArray(trend)
    ? trend.map((week: Record<string, unknown>) => {
      const {nudges: count, ...other} = week ?? {};
      return {...other, hints: count};
    })
    : trend;
  return {...row, summary: {...summary, tone: {...rest, hints: nudges, trend: weeks}}};
}

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
    // No index changes: stored nudges keep their words as keys and values (worded when shown, in the language of the
    // moment), and the weekly summary counts hints under that name.
    stores: {},
    rows: {
      nudges: (row) => ({...row, title: textAsStored(row.title), detail: textAsStored(row.detail)}),
      summaries: summaryHints,
    },
  },
  {
    version: 5,
    stores: {
      // The people the user keeps in touch with on purpose (the relationship radar), by address.
      keyPeople: 'email, group',
      // Mail the user opened, without its text: who wrote and when (a contact), by Gmail's message id.
      receivedMails: 'messageId, threadId, from, at',
      // Asks from others the user has not answered, and their promises to the user: one sentence each.
      owedItems: 'id, email, threadId, status, direction, at',
    },
  },
  {
    version: 6,
    stores: {
      // The popup's Now list opens on its first page, most urgent first (by deadline, then by when it surfaced): this
      // index serves that page in order without reading a year of backlog. Undated nudges are not in it (IndexedDB
      // leaves null keys out) and are read from [status+surfaceAt] after the dated ones.
      nudges: 'id, kind, subjectId, [status+surfaceAt], [status+dueAt+surfaceAt], notifiedAt, resolvedAt',
    },
  },
  {
    version: 7,
    stores: {
      // The contact book (derived: store/contacts.ts): one row per address, the fold of every contact up to a mark,
      // so the radar reads a few hundred rows instead of every mail and meeting. sentOrMet finds the people to suggest.
      contacts: 'email, sentOrMet',
      // Marks of derived tables: up to when the contact book is folded, and whether it must be built again.
      marks: 'key',
    },
  },
];

/**
 * Tables derived from the others, rebuilt from them whenever in doubt: never exported, never imported (a file's word
 * about them could not be trusted to match its mail and meetings), emptied with everything else.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['contacts', 'marks']);

/** A record written at `fromVersion`, brought up to the newest version. */
export function upgradeRow(table: string, row: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  return schemaVersions.reduce((current, step) => (step.version > fromVersion && step.rows?.[table] ? step.rows[table](current) : current), row);
}

export const latestSchemaVersion = schemaVersions.at(-1)!.version;

/** Declare versions up to `upTo` (all by default) on a Dexie instance. Tests use `upTo` to write old databases. */
export function declareVersions(db: Dexie, upTo = latestSchemaVersion): void {
  for (const step of schemaVersions) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    const rows = step.rows;
    if (rows) {
      version.upgrade(async (transaction) => {
        for (const [table, upgrade] of Object.entries(rows)) {
          await transaction.table(table).toCollection().modify((row: Record<string, unknown>, ref: {value: unknown}) => {
            ref.value = upgrade(row);
          });
        }
      });
    }
  }
}
