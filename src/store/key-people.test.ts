import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import type {OwedItem} from '../radar/index.ts';
import {markOwedItem, removeKeyPerson, saveKeyPerson} from './key-people.ts';

const db = useTempDb();
const AT = Date.parse('2026-11-23T15:00:00Z');

const ask = (id: string, extra: Partial<OwedItem> = {}): OwedItem => ({
  id, direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim', sentence: 'Could you confirm the venue?', at: AT, dueAt: null,
  threadId: 't1', messageId: 'm1', status: 'open', ...extra,
});

describe('key people chosen by the user', () => {
  it('are added by address in lower case, keep when they were added, and take a group default or their own interval', async () => {
    const added = await saveKeyPerson(db(), {email: ' Kim@Acme.example ', name: 'Kim Ito', group: 'external', everyDays: null}, AT);
    expect(added).toEqual({email: 'kim@acme.example', name: 'Kim Ito', group: 'external', addedAt: AT});
    const changed = await saveKeyPerson(db(), {email: 'kim@acme.example', name: '', group: 'internal', everyDays: 21}, AT + 1000);
    expect(changed).toEqual({email: 'kim@acme.example', name: 'Kim Ito', group: 'internal', everyDays: 21, addedAt: AT});
    // Back to the group's default: the interval goes.
    await saveKeyPerson(db(), {email: 'kim@acme.example', name: 'Kim Ito', group: 'internal', everyDays: null}, AT + 2000);
    expect(await db().keyPeople.toArray()).toEqual([{email: 'kim@acme.example', name: 'Kim Ito', group: 'internal', addedAt: AT}]);
  });

  it('refuses what no page would send: no address, an unknown group, an interval of none or of years', async () => {
    await expect(saveKeyPerson(db(), {email: 'kim', name: '', group: 'external', everyDays: null}, AT)).rejects.toThrow(/not an address/);
    await expect(saveKeyPerson(db(), {email: 'k@x.example', name: '', group: 'vip' as never, everyDays: null}, AT)).rejects.toThrow(/group/);
    await expect(saveKeyPerson(db(), {email: 'k@x.example', name: '', group: 'external', everyDays: 0}, AT)).rejects.toThrow(/interval/);
    await expect(saveKeyPerson(db(), {email: 'k@x.example', name: '', group: 'external', everyDays: 2.5}, AT)).rejects.toThrow(/interval/);
    await expect(saveKeyPerson(db(), {email: 'k@x.example', name: '', group: 'external', everyDays: 3650}, AT)).rejects.toThrow(/interval/);
    expect(await db().keyPeople.count()).toBe(0);
  });

  it('are removed, and removing someone never added says so', async () => {
    await saveKeyPerson(db(), {email: 'kim@acme.example', name: 'Kim', group: 'external', everyDays: null}, AT);
    expect(await removeKeyPerson(db(), 'KIM@acme.example')).toBe(true);
    expect(await removeKeyPerson(db(), 'kim@acme.example')).toBe(false);
    expect(await db().keyPeople.count()).toBe(0);
  });
});

describe('an owed item marked by the user', () => {
  it('is closed by the user, and reopened without a trace of how it was closed', async () => {
    await db().owedItems.add(ask('a1'));
    expect(await markOwedItem(db(), 'a1', 'done', AT + 5)).toMatchObject({status: 'closed', closedAt: AT + 5, closedHow: 'user'});
    expect(await db().owedItems.where('status').equals('open').count()).toBe(0);
    const reopened = await markOwedItem(db(), 'a1', 'reopen', AT + 6);
    expect(reopened).toEqual(ask('a1'));
  });

  it('reopened after a reply closed it forgets the reply, so undoing that send leaves it alone', async () => {
    await db().owedItems.add(ask('a2', {status: 'closed', closedAt: AT, closedHow: 'replied', closedBy: 'draft-1'}));
    expect(await markOwedItem(db(), 'a2', 'reopen', AT + 1)).not.toHaveProperty('closedBy');
  });

  it('that does not exist is an error, not a silent success', async () => {
    await expect(markOwedItem(db(), 'nope', 'done', AT)).rejects.toThrow(/no owed item/);
  });
});
