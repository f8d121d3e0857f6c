import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {defaultSettings, type Settings} from '../../settings/settings.ts';

// An executive to keep a rhythm with, in one zone, as the background reads the user's settings.
const settings: Settings = {
  ...defaultSettings, timeZone: 'America/Chicago',
  people: {...defaultSettings.people, executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}]},
};
let failing = false;
vi.mock('../settings.ts', () => ({
  currentSettings: async () => {
    if (failing) throw new Error('settings unreadable');
    return settings;
  },
  currentTimeZone: async () => 'America/Chicago',
}));
const {database} = await import('../../store/db.ts');
const {storeCalendar} = await import('../../store/calendar.ts');
const {readCadence} = await import('../calendar/gaps.ts');
const {cadenceForSummary} = await import('./weekly-cadence.ts');
const {parseIcs} = await import('../../cadence/ics.ts');
const {coverageDays} = await import('../../cadence/index.ts');

const NOW = Date.parse('2026-11-27T18:00:00Z');

describe('the rhythm kept with a weekly summary', () => {
  it('is nothing before Rapport has seen a calendar day', async () => {
    expect(await cadenceForSummary(NOW)).toBeNull();
  });

  it('counts the targets on track of those judged, from the cadence as the popup reads it', async () => {
    const year = parseIcs(readFileSync(join(process.cwd(), 'tests/fixtures/calendar/ics/ea-year.ics'), 'utf8'),
      {from: '2025-11-27', to: '2027-02-27', timeZone: 'America/Chicago'});
    await storeCalendar(database(), year.events, coverageDays(year.coverage), 'ics', NOW);
    const {views} = await readCadence(NOW);
    const judged = views.filter((view) => view.status !== 'unknown');
    const kept = judged.filter((view) => view.status === 'ok' || view.status === 'due-soon');
    expect(judged.length).toBeGreaterThan(kept.length); // the fixture's year keeps some rhythms and not others
    expect(await cadenceForSummary(NOW)).toEqual({kept: kept.length, of: judged.length});
  });

  it('is left out, not the summary lost, when the cadence cannot be read', async () => {
    failing = true;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await cadenceForSummary(NOW)).toBeNull();
    expect(quiet).toHaveBeenCalled();
    failing = false;
  });
});
