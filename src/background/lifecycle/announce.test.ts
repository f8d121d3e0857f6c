import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../../tests/unit/temp-db.ts';
import {defaultSettings} from '../../settings/settings.ts';
import type {StoredNudge} from '../../store/records.ts';
import {announceDue} from './announce.ts';

const db = useTempDb();

const TZ = 'America/Chicago';
const NOON = Date.parse('2026-11-24T18:00:00Z');
const nudge = (id: string, surfaceAt: number): StoredNudge => ({
  id, kind: 'commitment-due', subjectId: id, title: {own: id}, detail: {own: ''}, createdAt: 0, surfaceAt, dueAt: surfaceAt, status: 'active',
});

describe('announceDue', () => {
  it('announces each due nudge once', async () => {
    await db().nudges.bulkAdd([nudge('a', NOON - 1000), nudge('b', NOON + 60_000)]);
    const seen: string[] = [];
    const first = await announceDue(db(), defaultSettings, TZ, NOON, async (n) => void seen.push(n.id));
    const second = await announceDue(db(), defaultSettings, TZ, NOON, async (n) => void seen.push(n.id));
    expect(first.announced).toEqual(['a']);
    expect(second.announced).toEqual([]);
    expect(seen).toEqual(['a']);
  });

  it('holds everything in quiet hours until they end', async () => {
    await db().nudges.add(nudge('a', NOON));
    const tenPm = Date.parse('2026-11-25T04:00:00Z');
    const result = await announceDue(db(), defaultSettings, TZ, tenPm, async () => {});
    expect(result).toEqual({announced: [], retryAt: Date.parse('2026-11-25T14:00:00Z')});
  });

  it('keeps to the daily budget and retries the rest tomorrow morning', async () => {
    await db().nudges.bulkAdd(['a', 'b', 'c', 'd'].map((id, index) => nudge(id, NOON - 10_000 + index)));
    const result = await announceDue(db(), {...defaultSettings, dailyNotificationBudget: 3}, TZ, NOON, async () => {});
    expect(result.announced).toEqual(['a', 'b', 'c']);
    expect(result.retryAt).toBe(Date.parse('2026-11-25T14:00:00Z'));
    expect((await announceDue(db(), {...defaultSettings, dailyNotificationBudget: 3}, TZ, NOON + 1000, async () => {})).announced).toEqual([]);
  });
});
