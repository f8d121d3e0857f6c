import {afterEach, describe, expect, it, vi} from 'vitest';
import {defaultSettings, loadSettings, type Settings, type SettingsArea} from './settings.ts';
import {settingsProblems} from './settings-checks.ts';

const area = (stored: Record<string, unknown>): SettingsArea => ({
  get: async (keys) => Object.fromEntries(keys.filter((key) => key in stored).map((key) => [key, stored[key]])),
  set: async () => undefined,
});

afterEach(() => vi.restoreAllMocks());

const wh = defaultSettings.workingHours;
describe('settings out of range', () => {
  it.each<[string, string, unknown, (settings: Settings) => unknown, unknown]>([
    ['an unknown time zone', 'timeZone', 'Mars/Olympus', (s) => s.timeZone, ''],
    ['no working day', 'workingHours', {...wh, days: []}, (s) => s.workingHours.days, wh.days],
    ['a weekday 0 or 8', 'workingHours', {...wh, days: [0, 1, 8]}, (s) => s.workingHours.days, wh.days],
    ['a working day twice', 'workingHours', {...wh, days: [1, 1]}, (s) => s.workingHours.days, wh.days],
    ['a time of 25:00', 'workingHours', {...wh, start: '25:00'}, (s) => s.workingHours.start, wh.start],
    ['a day ending before it starts', 'workingHours', {...wh, start: '18:00', end: '09:00'}, (s) => s.workingHours, wh],
    ['a negative notification budget', 'dailyNotificationBudget', -3, (s) => s.dailyNotificationBudget, 6],
    ['a fractional budget', 'dailyNotificationBudget', 2.5, (s) => s.dailyNotificationBudget, 6],
    ['a huge budget', 'dailyNotificationBudget', 1e9, (s) => s.dailyNotificationBudget, 6],
    ['an undated follow-up of 0 days', 'undatedFollowUpDays', 0, (s) => s.undatedFollowUpDays, 2],
    ['a weekly summary on day 9', 'weeklySummary', {day: 9, time: '16:00'}, (s) => s.weeklySummary, {day: 5, time: '16:00'}],
    ['a quiet hour of "late"', 'quietHours', {start: 'late', end: '08:00', enabled: true}, (s) => s.quietHours.start, '19:00'],
    ['an executive without an address', 'people', {...defaultSettings.people, executives: [{email: 5, name: 'x'}]}, (s) => s.people.executives, []],
    ['a rule list of numbers', 'rules', {disabled: [1, 2], ignoredPhrases: []}, (s) => s.rules.disabled, defaultSettings.rules.disabled],
  ])('load %s as the default, and log it', async (_, section, stored, pick, expected) => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loaded = await loadSettings(area({[`settings.${section}`]: stored}));
    expect(pick(loaded)).toEqual(expected);
    expect(settingsProblems(loaded)).toEqual([]);
    expect(printed.mock.calls.map(([, error]) => String(error)).join('\n')).toContain('using the default');
  });

  it('drop only the bad meeting-rhythm override, keeping the others', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const targets = {weekly: {everyDays: 14}, daily: {everyDays: -1}, monthly: {toleranceDays: 3, titleKeywords: ['goals']}, quarterly: {everyDays: 'often'}};
    const loaded = await loadSettings(area({'settings.cadence': {targets}}));
    expect(loaded.cadence.targets).toEqual({weekly: {everyDays: 14}, monthly: {toleranceDays: 3, titleKeywords: ['goals']}});
  });

  it('load good settings unchanged, with nothing logged', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loaded = await loadSettings(area({
      'settings.timeZone': 'Europe/Madrid', 'settings.workingHours': {start: '08:00', end: '16:00', days: [1, 2, 3, 4]}, 'settings.dailyNotificationBudget': 0,
    }));
    expect(loaded).toMatchObject({timeZone: 'Europe/Madrid', workingHours: {start: '08:00', end: '16:00', days: [1, 2, 3, 4]}, dailyNotificationBudget: 0});
    expect(printed).not.toHaveBeenCalled();
  });

  it('say why a form value is refused', () => {
    const problem = (patch: Partial<Settings>) => settingsProblems({...defaultSettings, ...patch})[0]?.message;
    expect(problem({workingHours: {...wh, days: []}})).toBe('options_invalidWorkingDays');
    expect(problem({timeZone: 'Nowhere/Else'})).toBe('options_invalidTimeZone');
    expect(problem({dailyNotificationBudget: -1})).toBe('options_invalidBudget');
    expect(problem({undatedFollowUpDays: 21})).toBe('options_invalidFollowUp');
    expect(problem({workingHours: {...wh, start: '17:30', end: '09:00'}})).toBe('options_invalidWorkingHours');
    expect(problem({cadence: {targets: {weekly: {everyDays: 0}}}})).toBe('options_invalidCadence');
    expect(problem({})).toBeUndefined();
  });
});
