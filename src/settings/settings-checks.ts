// The ranges settings must be in. Sync storage can hold anything (an older version, another machine, a hand edit):
// an unknown time zone makes every date helper throw, no working day pushes reminders a year out, a negative budget
// or a fractional day count breaks the schedule. On load a bad field falls back to its default (and is logged); the
// options forms refuse to save one, saying why.
import {isValidTimeZone} from '../cadence/dates.ts';
import type {MessageKey} from '../shared/message-keys.ts';
import type {TargetOverride, Settings} from './settings.ts';

type Rule = {
  /** Dotted path into Settings. */
  field: string;
  valid: (value: unknown, settings: Settings) => boolean;
  /** What the options page says when the form holds a bad value. */
  message: MessageKey;
  /** A better fallback than the default, keeping what is fine in the value (a list of overrides). */
  repair?: (value: unknown) => unknown;
};

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const isClock = (value: unknown) => typeof value === 'string' && CLOCK.test(value);
const isWhole = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const isTextList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPeople = (value: unknown) => Array.isArray(value)
  && value.every((person) => typeof person === 'object' && person !== null && typeof person.email === 'string' && typeof person.name === 'string');
const isWeekday = (value: unknown) => isWhole(value, 1, 7);

// The same limits the options form shows on its inputs.
export const LIMITS = {budget: {min: 0, max: 50}, undatedFollowUpDays: {min: 1, max: 20}, everyDays: {min: 1, max: 366}, toleranceDays: {min: 0, max: 90}};

function isTargetOverride(value: unknown): value is TargetOverride {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const {enabled, everyDays, toleranceDays, titleKeywords} = value as Record<string, unknown>;
  return (enabled === undefined || typeof enabled === 'boolean')
    && (everyDays === undefined || isWhole(everyDays, LIMITS.everyDays.min, LIMITS.everyDays.max))
    && (toleranceDays === undefined || isWhole(toleranceDays, LIMITS.toleranceDays.min, LIMITS.toleranceDays.max))
    && (titleKeywords === undefined || isTextList(titleKeywords));
}
const isTargets = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isTargetOverride);

const RULES: Rule[] = [
  {field: 'timeZone', valid: (value) => value === '' || (typeof value === 'string' && isValidTimeZone(value)), message: 'options_invalidTimeZone'},
  {field: 'workingHours.start', valid: isClock, message: 'options_invalidTime'},
  {field: 'workingHours.end', valid: isClock, message: 'options_invalidTime'},
  {
    field: 'workingHours',
    // Checked after its two times: a day that ends before it starts has no working time in it.
    valid: (_, settings) => settings.workingHours.start < settings.workingHours.end, message: 'options_invalidWorkingHours',
  },
  {
    field: 'workingHours.days', message: 'options_invalidWorkingDays',
    valid: (value) => Array.isArray(value) && value.length > 0 && value.every(isWeekday) && new Set(value).size === value.length,
  },
  {field: 'quietHours.start', valid: isClock, message: 'options_invalidTime'},
  {field: 'quietHours.end', valid: isClock, message: 'options_invalidTime'},
  {field: 'quietHours.enabled', valid: (value) => typeof value === 'boolean', message: 'options_invalidSetting'},
  {field: 'dailyNotificationBudget', valid: (value) => isWhole(value, LIMITS.budget.min, LIMITS.budget.max), message: 'options_invalidBudget'},
  {field: 'weeklySummary.day', valid: isWeekday, message: 'options_invalidSummaryDay'},
  {field: 'weeklySummary.time', valid: isClock, message: 'options_invalidTime'},
  {
    field: 'undatedFollowUpDays', message: 'options_invalidFollowUp',
    valid: (value) => isWhole(value, LIMITS.undatedFollowUpDays.min, LIMITS.undatedFollowUpDays.max),
  },
  ...['myAddresses', 'internalDomains', 'neverAnalyse'].map((list): Rule => ({field: `people.${list}`, valid: isTextList, message: 'options_invalidSetting'})),
  ...['executives', 'directReports'].map((list): Rule => ({field: `people.${list}`, valid: isPeople, message: 'options_invalidSetting'})),
  {field: 'rules.disabled', valid: isTextList, message: 'options_invalidSetting'},
  {field: 'rules.ignoredPhrases', valid: isTextList, message: 'options_invalidSetting'},
  {
    field: 'cadence.targets', valid: isTargets, message: 'options_invalidCadence',
    // One bad override costs only itself, not the user's other changes to the rhythm.
    repair: (value) => (typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, override]) => isTargetOverride(override))) : {}),
  },
];

const read = (settings: unknown, field: string): unknown =>
  field.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), settings);

function write(settings: Settings, field: string, value: unknown): void {
  const keys = field.split('.');
  const last = keys.pop()!;
  let parent = settings as unknown as Record<string, unknown>;
  for (const key of keys) {
    if (typeof parent[key] !== 'object' || parent[key] === null) parent[key] = {};
    parent = parent[key] as Record<string, unknown>;
  }
  parent[last] = value;
}

export type SettingsProblem = {field: string; value: unknown; message: MessageKey};

/** Every field out of range, in the order of the rules (the form says the first). */
export function settingsProblems(settings: Settings): SettingsProblem[] {
  return RULES.filter((rule) => !rule.valid(read(settings, rule.field), settings))
    .map((rule) => ({field: rule.field, value: read(settings, rule.field), message: rule.message}));
}

/** Settings with every bad field replaced by its default (or repaired), and the fields that were replaced. */
export function withinRange(settings: Settings, defaults: Settings): {settings: Settings; replaced: SettingsProblem[]} {
  const fixed = structuredClone(settings);
  const replaced: SettingsProblem[] = [];
  for (const rule of RULES) {
    const value = read(fixed, rule.field);
    if (rule.valid(value, fixed)) continue;
    replaced.push({field: rule.field, value, message: rule.message});
    write(fixed, rule.field, rule.repair ? rule.repair(value) : structuredClone(read(defaults, rule.field)));
  }
  return {settings: fixed, replaced};
}
