// Runs inside the extension's origin in real Chromium, so the store is measured on the browser's own IndexedDB.
// Exposes its functions on `window` for bench/store.ts to call through Playwright.
import {RapportDb} from '../../src/store/db.ts';
import {trackSentMail} from '../../src/store/commitments.ts';
import {dueNowPage} from '../../src/store/nudges-due-page.ts';
import {countDueNow} from '../../src/store/nudges.ts';
import {computeWeeklySummary} from '../../src/store/weekly-summary.ts';
import type {StoredCommitment, StoredEvent, StoredNudge, ToneStat} from '../../src/store/records.ts';
import {computeRadar} from '../../src/radar/index.ts';
import {radarData} from '../../src/store/radar.ts';
import {refreshContactBook} from '../../src/store/contacts.ts';
import {defaultSettings} from '../../src/settings/settings.ts';
import {workingHoursBetween} from '../../src/shared/zoned-time.ts';
import {radarWhoIsWho, radarYear} from './radar-year.ts';

const DAY = 86_400_000;
const TZ = 'America/Chicago';
const db = new RapportDb('rapport-bench');

/** A year of heavy use: 5,000 commitments, 20,000 nudges, 5,000 events, tone counts for every day. */
async function seedYear(now: number): Promise<Record<string, number>> {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  const yearAgo = now - 365 * DAY;
  const commitments: StoredCommitment[] = Array.from({length: 5_000}, (_, index) => {
    const createdAt = yearAgo + index * (365 * DAY / 5_000);
    const open = index % 10 === 0;
    return {
      id: `c-${index}`, draftId: `d-${index}`, threadId: `t-${index % 1_500}`, subject: `Subject ${index}`,
      sentence: `I'll send the item ${index} by Friday.`, action: `send the item ${index}`, owner: index % 7 === 0 ? 'executive' : 'me',
      counterparts: ['someone@example.org'], createdAt, dueAt: index % 4 === 0 ? null : createdAt + 3 * DAY, vague: false,
      status: open ? 'open' : 'done', ...(open ? {} : {closedAt: createdAt + 2 * DAY, closedHow: 'delivered' as const}),
    };
  });
  const nudges: StoredNudge[] = Array.from({length: 20_000}, (_, index) => {
    const surfaceAt = yearAgo + index * (365 * DAY / 20_000);
    const active = index % 25 === 0;
    return {
      id: `n-${index}`, kind: 'commitment-due', subjectId: `c-${index % 5_000}`, title: {own: `Nudge ${index}`}, detail: {own: 'detail'},
      createdAt: surfaceAt, surfaceAt, dueAt: surfaceAt + DAY, status: active ? 'active' : 'done', ...(active ? {} : {resolvedAt: surfaceAt + DAY}),
    };
  });
  const events: StoredEvent[] = Array.from({length: 5_000}, (_, index) => {
    const start = yearAgo + index * (365 * DAY / 5_000);
    return {id: `e-${index}`, title: `Meeting ${index}`, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString(), allDay: false, timeZone: 'UTC', recurring: false, cancelled: false, declined: false, source: 'dom'};
  });
  const toneStats: ToneStat[] = [];
  for (let day = 0; day < 365; day++) {
    const key = new Date(yearAgo + day * DAY).toISOString().slice(0, 10);
    for (const ruleId of ['no-shouting', 'no-hedging', 'no-harsh-words', 'no-passive-aggressive']) {
      for (const tier of ['executive', 'internal', 'external']) toneStats.push({day: key, ruleId, tier, count: 1 + (day % 3)});
    }
  }
  await db.commitments.bulkAdd(commitments);
  await db.nudges.bulkAdd(nudges);
  await db.events.bulkAdd(events);
  await db.toneStats.bulkAdd(toneStats);
  return {commitments: commitments.length, nudges: nudges.length, events: events.length, toneStats: toneStats.length};
}

/**
 * What the popup waits for when it opens: the first page of what is due now (as the Now list reads it; the total
 * follows after the list is drawn, so it is not timed), and this week's summary.
 */
async function popupQueries(now: number): Promise<{dueNowMs: number; summaryMs: number; due: number}> {
  const start = performance.now();
  await dueNowPage(db, now, 20);
  const afterDue = performance.now();
  await computeWeeklySummary(db, now, TZ);
  const summaryMs = performance.now() - afterDue;
  return {dueNowMs: afterDue - start, summaryMs, due: await countDueNow(db, now)};
}

async function storeOneCommitment(index: number, now: number): Promise<number> {
  const start = performance.now();
  await trackSentMail(db, {
    draftId: `bench-${index}`, threadId: `bench-thread-${index}`, subject: 'Bench', sentAt: now, recipients: ['a@example.org'],
    sentences: ['Thanks.'], hasAttachment: false,
    commitments: [{sentence: `I'll confirm ${index} tomorrow.`, action: `confirm ${index}`, owner: 'me', dueAt: now + DAY, vague: false}],
  });
  return performance.now() - start;
}

/** A year of relationships on top of the year above (bench/radar-year.ts). */
async function seedRadarYear(now: number): Promise<Record<string, number>> {
  const year = radarYear(now);
  await db.keyPeople.bulkPut(year.keyPeople);
  await db.sentMails.bulkPut(year.sentMails);
  await db.receivedMails.bulkPut(year.receivedMails);
  await db.events.bulkPut(year.events);
  await db.owedItems.bulkPut(year.owedItems);
  return Object.fromEntries(Object.entries(year).map(([table, rows]) => [table, rows.length]));
}

/** The rare path: the contact book built again from every mail and meeting (after an import, an undo it counted). */
async function radarRebuild(now: number): Promise<number> {
  await db.marks.update('contacts', {stale: true});
  const start = performance.now();
  const done = await refreshContactBook(db, now);
  if (done !== 'built') throw new Error(`the contact book was not built again: ${done}`);
  return performance.now() - start;
}

let newMail = 0;
/**
 * One lifecycle run's radar: a few mails since the last run (3 sent, 5 opened, written before the clock starts: they
 * are the send's and the thread's cost), then what the run pays: the contact book brought up to `now`, the radar's
 * reads, the pure computation.
 */
async function radarOnce(now: number, since: number): Promise<{refreshMs: number; readMs: number; computeMs: number; people: number}> {
  const people = (index: number) => `person${index % 700}@${index % 3 === 0 ? 'northwind.example' : `client${index % 40}.example`}`;
  const at = (index: number, of: number) => Math.floor(since + ((now - since) * (index + 1)) / (of + 1));
  await db.sentMails.bulkPut(Array.from({length: 3}, (_, index) => ({
    draftId: `#radar-new-sent-${newMail}-${index}`, threadId: null, sentAt: at(index, 3), recipients: [people(newMail * 3 + index)],
  })));
  await db.receivedMails.bulkPut(Array.from({length: 5}, (_, index) => ({
    messageId: `radar-new-received-${newMail}-${index}`, threadId: null, from: people(newMail * 5 + index), name: 'Someone', at: at(index, 5),
  })));
  newMail++;
  const start = performance.now();
  await refreshContactBook(db, now);
  const refreshed = performance.now();
  const data = await radarData(db, {...defaultSettings.people, ...radarWhoIsWho}, now);
  const read = performance.now();
  const radar = computeRadar({
    ...data, settings: defaultSettings.radar, now,
    workingHoursBetween: (from, to) => workingHoursBetween(from, to, defaultSettings.workingHours, TZ, 7 * 24),
  });
  return {refreshMs: refreshed - start, readMs: read - refreshed, computeMs: performance.now() - read, people: radar.length};
}

Object.assign(window, {rapportBench: {seedYear, popupQueries, storeOneCommitment, seedRadarYear, radarRebuild, radarOnce}});
document.title = 'ready';
