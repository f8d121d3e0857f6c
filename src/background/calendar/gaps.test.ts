import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {defaultSettings, type Settings} from '../../settings/settings.ts';

// The background's settings, as the user saved them: an executive to keep a rhythm with, in one zone.
const settings: Settings = {
  ...defaultSettings, timeZone: 'America/Chicago',
  people: {...defaultSettings.people, executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}]},
};
vi.mock('../settings.ts', () => ({currentSettings: async () => settings, currentTimeZone: async () => 'America/Chicago'}));
const {database} = await import('../../store/db.ts');
const {storeCalendar} = await import('../../store/calendar.ts');
const {readCadence, refreshCadenceGaps} = await import('./gaps.ts');
const {parseIcs} = await import('../../cadence/ics.ts');
const {coverageDays} = await import('../../cadence/index.ts');

const NOW = Date.parse('2026-11-27T18:00:00Z');
/** An EA's year, imported from a file (tests/fixtures/calendar/ics): some rhythms kept, some behind. */
const year = parseIcs(readFileSync(join(process.cwd(), 'tests/fixtures/calendar/ics/ea-year.ics'), 'utf8'),
  {from: '2025-11-27', to: '2027-02-27', timeZone: 'America/Chicago'});

describe('cadence gaps', () => {
  it('are read without a write when the popup asks, and become nudges only on a refresh', async () => {
    const db = database();
    await storeCalendar(db, year.events, coverageDays(year.coverage), 'ics', NOW);
    const read = await readCadence(NOW);
    expect(read.views.some((view) => view.status === 'overdue' || view.status === 'not-scheduled')).toBe(true);
    expect(await db.nudges.count()).toBe(0);

    const {changed} = await refreshCadenceGaps(NOW);
    expect(changed).toBe(true);
    expect((await db.nudges.toArray()).every((nudge) => nudge.kind === 'cadence-gap')).toBe(true);
    expect(await db.nudges.count()).toBeGreaterThan(0);
    // Refreshing again changes nothing: one nudge per target and period.
    expect((await refreshCadenceGaps(NOW)).changed).toBe(false);
  });
});
