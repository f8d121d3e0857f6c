import {describe, expect, it} from 'vitest';
import {defaultSettings, loadSettings, saveSettings, type SettingsArea} from './settings.ts';

function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & {items: Record<string, unknown>} {
  const items = {...initial};
  return {
    items,
    async get(keys) {
      return Object.fromEntries(keys.filter((key) => key in items).map((key) => [key, items[key]]));
    },
    async set(patch) {
      Object.assign(items, patch);
    },
  };
}

describe('settings', () => {
  it('are the defaults when nothing is stored', async () => {
    expect(await loadSettings(memoryArea())).toEqual(defaultSettings);
  });

  it('round-trip a section, each section under its own key', async () => {
    const area = memoryArea();
    const people = {...defaultSettings.people, executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}]};
    await saveSettings(area, {people, dailyNotificationBudget: 3});
    expect(Object.keys(area.items).sort()).toEqual(['settings.dailyNotificationBudget', 'settings.people']);
    const loaded = await loadSettings(area);
    expect(loaded.people.executives).toEqual(people.executives);
    expect(loaded.dailyNotificationBudget).toBe(3);
    expect(loaded.workingHours).toEqual(defaultSettings.workingHours);
  });

  it('fills fields added since a section was saved, and ignores a corrupt section', async () => {
    const area = memoryArea({
      'settings.quietHours': {start: '20:00', end: '07:00'}, // saved before `enabled` existed
      'settings.workingHours': 'garbage',
    });
    const loaded = await loadSettings(area);
    expect(loaded.quietHours).toEqual({start: '20:00', end: '07:00', enabled: true});
    expect(loaded.workingHours).toEqual(defaultSettings.workingHours);
  });
});
