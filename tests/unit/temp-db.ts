// A fresh in-memory Rapport database per test (fake-indexeddb), deleted after it.
import Dexie from 'dexie';
import {afterEach, beforeEach} from 'vitest';
import {RapportDb} from '../../src/store/db.ts';

export function useTempDb(): () => RapportDb {
  let db: RapportDb | undefined;
  beforeEach(() => {
    db = new RapportDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    db?.close();
    if (db) await Dexie.delete(db.name);
  });
  return () => {
    if (!db) throw new Error('no database outside a test');
    return db;
  };
}
