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
