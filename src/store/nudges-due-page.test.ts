import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {dueNowPage} from './nudges-due-page.ts';
import {nudgesDueNow} from './nudges.ts';
import type {NudgeStatus, StoredNudge} from './records.ts';

const NOW = 1_000_000;
const db = useTempDb();

const nudge = (id: string, surfaceAt: number, dueAt: number | null, status: NudgeStatus = 'active'): StoredNudge => ({
  id, kind: 'commitment-due', subjectId: id, title: {own: id}, detail: {own: ''}, createdAt: 0, surfaceAt, dueAt, status,
});

const ids = (nudges: StoredNudge[]) => nudges.map((entry) => entry.id);

describe('dueNowPage', () => {
  it('is the head of the full due list, in its order, for any mix of dated, undated, snoozed and closed nudges', async () => {
    const record = fc.record({
      surfaceAt: fc.integer({min: NOW - 50, max: NOW + 50}),
      dueAt: fc.option(fc.integer({min: NOW - 50, max: NOW + 50}), {nil: null}),
      status: fc.constantFrom<NudgeStatus>('active', 'active', 'active', 'done', 'dismissed'),
    });
    await fc.assert(fc.asyncProperty(fc.array(record, {maxLength: 40}), fc.integer({min: 1, max: 12}), async (records, size) => {
      await db().nudges.clear();
      await db().nudges.bulkAdd(records.map((entry, index) => nudge(`n${String(index).padStart(2, '0')}`, entry.surfaceAt, entry.dueAt, entry.status)));
      const all = await nudgesDueNow(db(), NOW);
      expect(ids(await dueNowPage(db(), NOW, size))).toEqual(ids(all.slice(0, size)));
    }), {numRuns: 60});
  });

  it('reads on past the page to a notification’s nudge however deep, and no further', async () => {
    await db().nudges.bulkAdd(Array.from({length: 30}, (_, index) => nudge(`n${index}`, NOW - 100, NOW + index)));
    await db().nudges.add(nudge('undated', NOW - 100, null));
    expect(ids(await dueNowPage(db(), NOW, 5, 'n17'))).toEqual(Array.from({length: 18}, (_, index) => `n${index}`));
    expect(ids(await dueNowPage(db(), NOW, 5, 'undated'))).toHaveLength(31);
    expect(ids(await dueNowPage(db(), NOW, 5, 'n2'))).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('ignores a link to a nudge no longer due instead of reading the whole backlog', async () => {
    await db().nudges.bulkAdd(Array.from({length: 30}, (_, index) => nudge(`n${index}`, NOW - 100, NOW + index)));
    await db().nudges.bulkAdd([nudge('closed', NOW - 100, NOW + 99, 'done'), nudge('snoozed', NOW + 100, NOW + 99)]);
    for (const focus of ['closed', 'snoozed', 'missing']) expect(ids(await dueNowPage(db(), NOW, 5, focus))).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('reads a page, not the backlog: a year of due nudges costs the page size in records', async () => {
    await db().nudges.bulkAdd(Array.from({length: 2_000}, (_, index) => nudge(`n${index}`, NOW - 5_000 + index, index % 9 === 0 ? null : NOW + index)));
    let read = 0;
    // Count the records Dexie hands back through the table's reading hook.
    db().nudges.hook('reading', (stored) => {
      read++;
      return stored;
    });
    expect(await dueNowPage(db(), NOW, 20)).toHaveLength(20);
    expect(read).toBe(20);
  });

  it('reads fewer than two pages when the dated ones run out before the page is full', async () => {
    await db().nudges.bulkAdd(Array.from({length: 1_000}, (_, index) => nudge(`n${String(index).padStart(4, '0')}`, NOW - 5_000 + index, index < 15 ? NOW + index : null)));
    let read = 0;
    db().nudges.hook('reading', (stored) => {
      read++;
      return stored;
    });
    const page = await dueNowPage(db(), NOW, 20);
    expect(ids(page)).toEqual([...Array.from({length: 15}, (_, index) => `n${String(index).padStart(4, '0')}`), 'n0015', 'n0016', 'n0017', 'n0018', 'n0019']);
    expect(read).toBeLessThan(2 * 20);
  });

  it('is empty when nothing is due', async () => {
    await db().nudges.bulkAdd([nudge('later', NOW + 1, NOW + 2), nudge('done', NOW - 1, NOW, 'done')]);
    expect(await dueNowPage(db(), NOW, 20)).toEqual([]);
  });
});
