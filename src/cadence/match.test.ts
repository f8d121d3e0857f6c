import {describe, expect, it} from 'vitest';
import {compileTarget} from './match.ts';
import {defaultTargets} from './targets.ts';
import {EXEC, meeting, PRIYA} from './test-helpers.ts';

const targets = defaultTargets({executive: EXEC, directReports: [PRIYA, {email: 'marco@northwind.example', name: 'Marco Rossi'}]});
const counts = (id: string) => compileTarget(targets.find((t) => t.id === id)!);

describe('defaultTargets', () => {
  it('has the six rhythms of DESIGN.md with one 1:1 target per direct report', () => {
    expect(targets.map((t) => [t.id, t.everyDays, t.toleranceDays])).toEqual([
      ['daily', 1, 1], ['weekly', 7, 3], ['monthly', 30, 7], ['quarterly', 91, 14], ['half-yearly', 182, 21],
      ['direct-report-priya-northwind-example', 30, 7], ['direct-report-marco-northwind-example', 30, 7],
    ]);
    expect(targets[0]!.workingDaysOnly).toBe(true);
    expect(targets[5]!.requiredAttendees).toEqual(['Dana Whitfield <dana@northwind.example>', 'Priya Natarajan <priya@northwind.example>']);
  });
});

describe('compileTarget', () => {
  it('matches keywords as whole words, case-insensitively, with exclusions', () => {
    expect(counts('daily')(meeting('2026-11-23', 'DAILY Catch‑up'))).toBe(true);
    expect(counts('daily')(meeting('2026-11-23', 'Weekly catch-up'))).toBe(false);
    expect(counts('weekly')(meeting('2026-11-23', 'Weekly catch-up'))).toBe(true);
    expect(counts('quarterly')(meeting('2026-11-23', 'QBR prep'))).toBe(true);
    expect(counts('quarterly')(meeting('2026-11-23', 'QBRX'))).toBe(false);
    expect(counts('half-yearly')(meeting('2026-11-23', 'H2 performance review'))).toBe(true);
  });

  it('needs the required people: attendee email or name, organizer, their calendar, or their name in the title', () => {
    const daily = counts('daily');
    const noOne = {attendees: []};
    expect(daily(meeting('2026-11-23', 'Daily check-in', noOne))).toBe(false);
    expect(daily(meeting('2026-11-23', 'Daily check-in', {attendees: [{email: 'DANA@northwind.example'}]}))).toBe(true);
    expect(daily(meeting('2026-11-23', 'Daily check-in', {attendees: [{name: 'dana whitfield'}]}))).toBe(true);
    expect(daily(meeting('2026-11-23', 'Daily check-in', {...noOne, organizer: 'Dana Whitfield'}))).toBe(true);
    expect(daily(meeting('2026-11-23', 'Daily check-in', {...noOne, calendarId: 'dana@northwind.example'}))).toBe(true);
    expect(daily(meeting('2026-11-23', 'Daily check-in with Dana', noOne))).toBe(true);
    expect(daily(meeting('2026-11-23', 'Daily check-in with Danae', noOne))).toBe(false);
    const priya = counts('direct-report-priya-northwind-example');
    expect(priya(meeting('2026-11-23', '1:1 Dana / Priya', noOne))).toBe(true);
    expect(priya(meeting('2026-11-23', '1:1 Marco / Priya', noOne))).toBe(false);
  });

  it('never counts cancelled or declined meetings', () => {
    expect(counts('weekly')(meeting('2026-11-23', 'Weekly sync', {cancelled: true}))).toBe(false);
    expect(counts('weekly')(meeting('2026-11-23', 'Weekly sync', {declined: true}))).toBe(false);
  });
});
