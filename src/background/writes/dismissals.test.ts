import {describe, expect, it, vi} from 'vitest';

// storage.local as the browser has it: asynchronous, so two read-change-writes can interleave.
const stored: Record<string, unknown> = {};
const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), Math.random() * 5));
vi.mock('webextension-polyfill', () => ({default: {storage: {local: {
  get: async (key: string) => later({[key]: stored[key]}),
  set: async (items: Record<string, unknown>) => later(void Object.assign(stored, items)),
}}}}));
const {addDismissed} = await import('./dismissals.ts');
const {readDismissed} = await import('../../settings/dismissed.ts');

describe('addDismissed', () => {
  it('keeps every dismissal made at the same moment from several composes', async () => {
    await Promise.all(Array.from({length: 20}, (_, index) => addDismissed(`hint-${index}`)));
    expect((await readDismissed()).sort()).toEqual(Array.from({length: 20}, (_, index) => `hint-${index}`).sort());
  });

  it('keeps one entry per hint, the newest last', async () => {
    await addDismissed('hint-3');
    const list = await readDismissed();
    expect(list.filter((item) => item === 'hint-3')).toHaveLength(1);
    expect(list.at(-1)).toBe('hint-3');
  });
});
