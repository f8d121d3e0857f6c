// The export file, written as a list of text parts rather than one string: the options page puts the parts in a
// Blob and saves it, so an export of any size never has to be one JavaScript string or one runtime message (Chrome
// caps those at 64 MB). Records are read one by one in a single read transaction, so the file is one moment's data.
import type {RapportDb} from './db.ts';
import {EXPORT_FORMAT} from './backup.ts';
import {DERIVED_TABLES, latestSchemaVersion} from './versions.ts';

/** About 1 MB of text per part: few enough parts for the Blob, small enough to never hold much twice. */
export const PART_CHARS = 1_000_000;

/** The export as text parts that join into `{format, schemaVersion, exportedAt, tables: {name: [records]}}`. */
export async function exportParts(db: RapportDb, now = Date.now(), partChars = PART_CHARS): Promise<string[]> {
  const parts: string[] = [];
  let current = `{"format":${JSON.stringify(EXPORT_FORMAT)},"schemaVersion":${latestSchemaVersion},`
    + `"exportedAt":${JSON.stringify(new Date(now).toISOString())},"tables":{`;
  const add = (text: string) => {
    if (current.length > 0 && current.length + text.length > partChars) {
      parts.push(current);
      current = '';
    }
    current += text;
  };
  // Derived tables (the contact book) are left out: an import builds them again from the mail and meetings.
  const tables = db.tables.filter((table) => !DERIVED_TABLES.has(table.name));
  await db.transaction('r', tables, async () => {
    for (const [tableIndex, table] of tables.entries()) {
      add(`${tableIndex === 0 ? '' : ','}${JSON.stringify(table.name)}:[`);
      let first = true;
      await table.each((record) => {
        add(`${first ? '' : ','}${JSON.stringify(record)}`);
        first = false;
      });
      add(']');
    }
  });
  add('}}');
  parts.push(current);
  return parts;
}
