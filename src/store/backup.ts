// The user's data, theirs to take: export every table to one JSON file (written in parts by export-parts.ts),
// import such a file back (from this or any older version), delete everything. An import is checked whole, every
// field of every record (validate/), before anything is written, and written in one transaction: a bad or foreign
// file changes nothing.
import type {RapportDb} from './db.ts';
import {DERIVED_TABLES, latestSchemaVersion, schemaVersions, upgradeRow} from './versions.ts';
import {markBookStale} from './contacts.ts';
import {t, uiLanguage} from '../shared/i18n.ts';
import type {MessageKey} from '../shared/message-keys.ts';
import type {Expected} from './validate/checks.ts';
import {findRecordProblem} from './validate/records.ts';

export const EXPORT_FORMAT = 'rapport-export';

export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
};

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Tables an export of a version holds: the union of every store declared up to it, minus those deleted (null) and
 * the derived ones (versions.ts DERIVED_TABLES: rebuilt from the others, never in a file).
 */
export function tablesAt(version: number): string[] {
  const tables = new Set<string>();
  for (const step of schemaVersions) {
    if (step.version > version) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null || DERIVED_TABLES.has(name)) tables.delete(name);
      else tables.add(name);
    }
  }
  return [...tables].sort();
}

const EXPECTED_TEXT: Record<Expected, MessageKey> = {
  text: 'background_importExpectText', count: 'background_importExpectCount', date: 'background_importExpectDate',
  day: 'background_importExpectDay', dateTime: 'background_importExpectDateTime', timeZone: 'background_importExpectTimeZone',
  yesNo: 'background_importExpectYesNo', list: 'background_importExpectList', choice: 'background_importExpectChoice',
  link: 'background_importExpectLink', object: 'background_importExpectObject',
};

/** Parse and check a file's text. Throws ImportError with a sentence a person can act on. */
export function parseExport(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError(t('background_importNotJson'));
  }
  const file = data as Partial<ExportFile> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT) {
    throw new ImportError(t('background_importNotRapport'));
  }
  if (!Number.isInteger(file.schemaVersion) || file.schemaVersion! < 1) throw new ImportError(t('background_importNoVersion'));
  if (file.schemaVersion! > latestSchemaVersion) {
    throw new ImportError(t('background_importNewer', String(file.schemaVersion)));
  }
  if (!file.tables || typeof file.tables !== 'object') throw new ImportError(t('background_importNoTables'));
  const known = new Set(tablesAt(file.schemaVersion!));
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!known.has(name)) throw new ImportError(t('background_importUnknownTable', name));
    if (!Array.isArray(rows) || rows.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
      throw new ImportError(t('background_importDamagedTable', name));
    }
  }
  // An older file's records become this version's first (versions.ts, as the user's own database did on update), so
  // one set of checks, the newest, judges every file.
  const tables = Object.fromEntries(Object.entries(file.tables).map(([name, rows]) =>
    [name, (rows as Array<Record<string, unknown>>).map((row) => upgradeRow(name, row, file.schemaVersion!))]));
  // Every field of every record is checked before anything is written: a date of 1e20 or an object where a title
  // belongs would otherwise break the popup on every open and stop the lifecycle run.
  const problem = findRecordProblem(tables);
  if (problem) {
    const field = problem.field === '' ? '—' : problem.field;
    throw new ImportError(t('background_importBadField', String(problem.index + 1), problem.table, field, t(EXPECTED_TEXT[problem.expected])));
  }
  return {...file, schemaVersion: latestSchemaVersion, tables} as ExportFile;
}

/** Merge a checked file into the database: records with the same key are replaced, others kept. */
export async function importAll(db: RapportDb, file: ExportFile): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const targets = Object.keys(file.tables).map((name) => db.table(name));
  for (const table of targets) {
    const keyPath = table.schema.primKey.keyPath;
    const fields = keyPath === null || keyPath === undefined ? [] : Array.isArray(keyPath) ? keyPath : [keyPath];
    if (table.schema.primKey.auto) continue; // auto-increment keys may be absent
    const rows = file.tables[table.name] as Array<Record<string, unknown>>;
    if (rows.some((row) => fields.some((field) => row[field] === undefined || row[field] === null))) {
      throw new ImportError(t('background_importMissingKey', table.name, new Intl.ListFormat(uiLanguage(), {type: 'conjunction'}).format(fields.map(String))));
    }
  }
  await db.transaction('rw', [...targets, db.marks], async () => {
    for (const table of targets) {
      const rows = file.tables[table.name]!;
      await table.bulkPut(rows);
      counts[table.name] = rows.length;
    }
    // Mail and meetings replaced or added at any date: the contact book is built again at the next refresh.
    await markBookStale(db);
  });
  return counts;
}

export async function deleteEverything(db: RapportDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
