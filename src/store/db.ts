import Dexie, {type EntityTable, type Table} from 'dexie';
import type {SiteName} from '../shared/messages.ts';
import {declareVersions} from './versions.ts';
import type {
  ContactRecord, CoverageDay, DerivedMark, KeyPersonRecord, LogEntry, OwedItemRecord, ReceivedMailRecord, SentMailRecord, SiteHealth, StoredCommitment, StoredEvent, StoredNudge, ToneStat, WeeklySummaryRecord,
} from './records.ts';

export const DATABASE_NAME = 'rapport';

/**
 * The extension's database. It lives in the extension's origin: the background writes it, the popup and options
 * pages read it live (Dexie liveQuery). Content scripts never open it (their IndexedDB would be mail.google.com's).
 */
export class RapportDb extends Dexie {
  siteHealth!: Table<SiteHealth, [SiteName, string]>;
  logs!: EntityTable<LogEntry, 'id'>;
  commitments!: Table<StoredCommitment, string>;
  nudges!: Table<StoredNudge, string>;
  events!: Table<StoredEvent, string>;
  coverage!: Table<CoverageDay, string>;
  toneStats!: Table<ToneStat, [string, string, string]>;
  summaries!: Table<WeeklySummaryRecord, string>;
  sentMails!: Table<SentMailRecord, string>;
  keyPeople!: Table<KeyPersonRecord, string>;
  receivedMails!: Table<ReceivedMailRecord, string>;
  owedItems!: Table<OwedItemRecord, string>;
  contacts!: Table<ContactRecord, string>;
  marks!: Table<DerivedMark, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    declareVersions(this);
  }
}

let shared: RapportDb | undefined;

/** The one database instance of this JavaScript realm (service worker, popup or options page). */
export function database(): RapportDb {
  shared ??= new RapportDb();
  return shared;
}
