// The cadence coach's public surface: pure functions over plain data (no DOM, no browser API).
export type {CadenceKind, CadenceResult, CadenceStatus, CadenceTarget, CalendarEvent, Coverage, Day, DayRange, People, Person} from './types.ts';
export {computeCadence} from './compute.ts';
export {coverageDays, coverageFromDays, mergeCoverage} from './coverage.ts';
export {customiseTargets, defaultTargets, personKey} from './targets.ts';
export type {TargetOverride} from './targets.ts';
export {executiveTimeFlags} from './flags.ts';
export type {FlagOptions, TimeFlag} from './flags.ts';
export {mergeEvents} from './merge.ts';
export {formatIso, localDay, zonedToInstant} from './dates.ts';
export {guessPeople, involves} from './people.ts';
// The .ics import (src/cadence/ics.ts: parseIcs) is not re-exported: it brings ical.js, which only the options
// page and the background need, never the content script.
export {proposeSlot} from './slots.ts';
export type {Slot, WorkingHours} from './slots.ts';
