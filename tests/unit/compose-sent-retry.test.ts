// A send whose write fails for a passing reason (storage quota) is sent again by the content script, a bounded number
// of times, and taken in once; a failure that persists reaches the caller, which reports it. The whole chain runs:
// sendIdempotent → the router's dispatch → the real compose/sent handler → Dexie on fake-indexeddb.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {dispatch} from '../../src/background/router.ts';
import {database} from '../../src/store/db.ts';
import type {Envelope, RequestOf} from '../../src/shared/messages.ts';
import {sendIdempotent} from '../../src/shared/send.ts';

const delivered = vi.hoisted(() => ({count: 0}));
vi.mock('webextension-polyfill', () => ({default: {
  runtime: {
    id: 'rapport',
    sendMessage: async (envelope: Envelope) => {
      delivered.count++;
      return dispatch(envelope, {site: 'gmail', tabId: 1});
    },
  },
  storage: {sync: {get: async () => ({})}, local: {get: async () => ({})}, onChanged: {addListener() {}}},
}}));
// The lifecycle (badge, alarms, notifications) is not what this test is about.
vi.mock('../../src/background/lifecycle/run.ts', () => ({runLifecycle: async () => undefined}));

const sent: RequestOf<'compose/sent'> = {
  draftId: 'draft-quota', threadId: 't-quota', subject: 'Offsite', sentAt: Date.parse('2026-11-23T15:00:00Z'), hasAttachment: false,
  input: {text: 'Hi Kim,\n\nI will send you the venue options by Friday.\n\nBest, Jordan', recipients: [{email: 'kim@acme.example', name: 'Kim', tier: 'external'}]},
  options: {}, toneCounts: [],
};

// How Dexie reports a write refused for quota: its AbortError, with the browser's DOMException inside.
const quotaFull = () => Object.assign(new Error('Transaction aborted'), {name: 'AbortError', inner: new DOMException('The disk is full', 'QuotaExceededError')});

beforeEach(async () => {
  delivered.count = 0;
  await database().open();
  await Promise.all(database().tables.map((table) => table.clear()));
});
afterEach(() => vi.restoreAllMocks());

describe('a send whose write fails', () => {
  it('is sent again after a quota failure and tracked once', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const realTransaction = database().transaction.bind(database());
    let failures = 2;
    vi.spyOn(database(), 'transaction').mockImplementation(((...args: Parameters<typeof realTransaction>) => {
      if (failures-- > 0) return Promise.reject(quotaFull());
      return realTransaction(...args);
    }) as typeof realTransaction);
    const {tracked} = await sendIdempotent('compose/sent', sent);
    expect(delivered.count).toBe(3);
    expect(tracked).toHaveLength(1);
    vi.mocked(database().transaction).mockRestore();
    expect(await database().commitments.count()).toBe(1);
    expect(await database().sentMails.get('draft-quota')).toBeDefined();
    // The failed attempts are logged by the background's router.
    expect(printed.mock.calls.some(([first]) => String(first).includes('handler compose/sent'))).toBe(true);
  });

  it('gives up after a bounded number of attempts and throws the failure for the sender to report', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(database(), 'transaction').mockImplementation((() => Promise.reject(quotaFull())) as never);
    await expect(sendIdempotent('compose/sent', sent)).rejects.toThrow(/^compose\/sent: /);
    expect(delivered.count).toBe(4);
  });

  it('does not send again when the request itself is wrong', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(sendIdempotent('commitments/update', {id: 'no-such-commitment', action: 'done'})).rejects.toThrow();
    expect(delivered.count).toBe(1);
  });
});
