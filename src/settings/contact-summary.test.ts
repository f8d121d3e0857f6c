import {beforeEach, describe, expect, it, vi} from 'vitest';

const local = vi.hoisted(() => ({items: {} as Record<string, unknown>}));
vi.mock('webextension-polyfill', () => ({default: {storage: {local: {
  get: async (key: string) => (key in local.items ? {[key]: local.items[key]} : {}),
  set: async (items: Record<string, unknown>) => void Object.assign(local.items, items),
  remove: async (key: string) => void delete local.items[key],
}}}}));

const {CONTACT_SUMMARY_KEY, readContactSummary, writeContactSummary} = await import('./contact-summary.ts');

beforeEach(() => {
  local.items = {};
});

describe('the contact summary', () => {
  it('is kept when there is something to summarise', async () => {
    const summary = {computedAt: 1, latest: [['kim@acme.example', 1, 'sent']], tallies: [['kim@acme.example', 1]], names: []} as never;
    await writeContactSummary(summary);
    expect(await readContactSummary()).toEqual(summary);
  });

  it('leaves no key behind when there is nothing (the run after delete-all)', async () => {
    local.items[CONTACT_SUMMARY_KEY] = {computedAt: 1, latest: [['a', 1, 'sent']], tallies: [], names: []};
    await writeContactSummary({computedAt: 2, latest: [], tallies: [], names: []} as never);
    expect(local.items).toEqual({});
  });
});
