import {describe, expect, it} from 'vitest';
import type {StoredCommitment} from '../store/records.ts';
import {filterCommitments, NO_FILTER, peopleIn} from './commitment-filter.ts';

const commitment = (id: string, createdAt: number, fields: Partial<StoredCommitment> = {}): StoredCommitment => ({
  id, draftId: `d-${id}`, threadId: null, subject: 'Q4 planning', sentence: `I'll handle ${id}.`, action: `handle ${id}`, owner: 'me',
  counterparts: ['sam.lee@acme.example'], createdAt, dueAt: null, vague: false, status: 'open', ...fields,
});

const list = [
  commitment('venue', 1, {action: 'confirm the venue', subject: 'Offsite'}),
  commitment('deck', 3, {action: 'send the board deck', owner: 'executive', ownerName: 'Dana', counterparts: ['board@acme.example']}),
  commitment('café', 2, {action: 'book the Café Zoë table', status: 'done'}),
  commitment('old', 0, {status: 'dismissed', counterparts: ['Sam.Lee@acme.example']}),
];
const ids = (found: StoredCommitment[]) => found.map((item) => item.id);

describe('filterCommitments', () => {
  it('lists everything newest first', () => {
    expect(ids(filterCommitments(list, NO_FILTER))).toEqual(['deck', 'café', 'venue', 'old']);
  });

  it('filters by status', () => {
    expect(ids(filterCommitments(list, {...NO_FILTER, status: 'open'}))).toEqual(['deck', 'venue']);
    expect(ids(filterCommitments(list, {...NO_FILTER, status: 'dismissed'}))).toEqual(['old']);
  });

  it('searches every word across action, sentence, subject and people, ignoring case and accents', () => {
    expect(ids(filterCommitments(list, {...NO_FILTER, text: 'cafe zoe'}))).toEqual(['café']);
    expect(ids(filterCommitments(list, {...NO_FILTER, text: 'OFFSITE venue'}))).toEqual(['venue']);
    expect(ids(filterCommitments(list, {...NO_FILTER, text: 'dana'}))).toEqual(['deck']);
    expect(ids(filterCommitments(list, {...NO_FILTER, text: 'venue deck'}))).toEqual([]);
  });

  it('filters by a counterpart or by the owner named', () => {
    expect(ids(filterCommitments(list, {...NO_FILTER, person: 'sam.lee@acme.example'}))).toEqual(['café', 'venue', 'old']);
    expect(ids(filterCommitments(list, {...NO_FILTER, person: 'Dana', status: 'open'}))).toEqual(['deck']);
  });

  it('offers each person once, sorted', () => {
    expect(peopleIn(list)).toEqual(['board@acme.example', 'Dana', 'sam.lee@acme.example']);
  });
});
