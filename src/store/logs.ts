import type {RapportDb} from './db.ts';
import type {LogEntry} from './records.ts';

/** The log is a small ring: diagnostics need the recent errors, not a history. */
export const LOG_LIMIT = 500;

export async function appendLog(db: RapportDb, entry: Omit<LogEntry, 'id'>): Promise<void> {
  await db.transaction('rw', db.logs, async () => {
    await db.logs.add(entry);
    const excess = (await db.logs.count()) - LOG_LIMIT;
    if (excess > 0) {
      const oldest = await db.logs.orderBy('id').limit(excess).primaryKeys();
      await db.logs.bulkDelete(oldest);
    }
  });
}
