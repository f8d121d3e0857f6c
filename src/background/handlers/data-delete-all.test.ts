import {describe, expect, it, vi} from 'vitest';
import {database} from '../../store/db.ts';
import {DISMISSED_KEY, readDismissed} from '../../settings/dismissed.ts';

// The browser's two storage areas, as Rapport fills them.
const {areas, area} = vi.hoisted(() => {
  const areas = {local: {} as Record<string, unknown>, sync: {} as Record<string, unknown>};
  const area = (name: 'local' | 'sync') => ({
    get: async (key: string) => ({[key]: areas[name][key]}),
    set: async (items: Record<string, unknown>) => void Object.assign(areas[name], items),
    clear: async () => {
      areas[name] = {};
    },
  });
  return {areas, area};
});
vi.mock('webextension-polyfill', () => ({default: {storage: {local: area('local'), sync: area('sync')}}}));
vi.mock('../lifecycle/run.ts', () => ({runLifecycle: async () => undefined}));
const {addDismissed} = await import('../writes/dismissals.ts');
const {dataDeleteAll} = await import('./data.ts');

describe('data/deleteAll', () => {
  it('removes the database, the dismissed hints and the synced settings', async () => {
    await database().logs.add({at: 1, level: 'error', source: 'test', message: 'boom'});
    await addDismissed('no-shouting|URGENT|s1');
    areas.local.calendarBannerDismissedOn = '2026-11-23';
    areas.sync['settings.people'] = {myAddresses: ['jordan@northwind.example']};
    expect(await readDismissed()).toHaveLength(1);

    await dataDeleteAll({}, {site: null, tabId: null});
    expect(await database().logs.count()).toBe(0);
    expect(areas.local).toEqual({});
    expect(areas.sync).toEqual({});
    expect(await readDismissed()).toEqual([]);
    expect(DISMISSED_KEY in areas.local).toBe(false);
  });
});
