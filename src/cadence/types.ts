// The calendar model shared by the DOM reader, the .ics import and the cadence coach. Pure data: every field is
// something a page or a file actually told us, and "unknown" stays undefined rather than being guessed.

/** A calendar day in the user's time zone, `YYYY-MM-DD`. */
export type Day = string;

export type Person = {email?: string; name?: string};

export type CalendarEvent = {
  /** Stable across page views and sources: the decoded event id plus the instance suffix for a recurring instance
   * (`<seriesId>_<YYYYMMDDTHHMMSSZ>` or `<seriesId>_<YYYYMMDD>`, the same form Google Calendar puts in data-eventid). */
  id: string;
  /** The series a recurring instance belongs to. */
  seriesId?: string;
  title: string;
  /** ISO 8601 with offset for timed events (`2026-11-23T09:00:00-06:00`); `YYYY-MM-DD` for all-day events and for
   * events whose time could not be read (`timesUnknown`). All-day `end` is exclusive, as in iCalendar. */
  start: string;
  end: string;
  allDay: boolean;
  /** IANA zone the times were read in. */
  timeZone: string;
  recurring: boolean;
  cancelled: boolean;
  declined: boolean;
  attendees?: Person[];
  /** Organizer's name or email as the source showed it. */
  organizer?: string;
  calendarId?: string;
  /** undefined: the source does not show descriptions; '' : known to be empty. */
  description?: string;
  /** Only the day is known (the chip text could not be read); counts for cadence, never for time-slot flags. */
  timesUnknown?: boolean;
  source: 'dom' | 'ics';
};

/** Days seen, as inclusive ranges. A day outside every range is unknown, never empty. */
export type DayRange = {from: Day; to: Day};
export type Coverage = DayRange[];

export type CadenceKind = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'direct-report';

export type CadenceTarget = {
  id: string;
  /** English; pages show it in the user's language from kind (and person) instead. */
  label: string;
  kind: CadenceKind;
  /** The direct report a 'direct-report' target is about, as the user named them. */
  person?: string;
  /** Interval between meetings: working days when `workingDaysOnly`, else calendar days. */
  everyDays: number;
  /** Grace after the due day before the meeting is overdue (same unit as everyDays). */
  toleranceDays: number;
  workingDaysOnly?: boolean;
  /** A meeting counts when its title contains one of these (case-insensitive, whole words)… */
  titleKeywords: string[];
  /** …and none of these (keeps "Weekly catch-up" from counting as the daily one). */
  excludeKeywords?: string[];
  /** People who must be at the meeting: an email, a name, or `Name <email>` (either identifies the person). */
  requiredAttendees: string[];
};

export type People = {executive: {email: string; name: string}; directReports: {email: string; name: string}[]};

export type CadenceStatus = 'ok' | 'due-soon' | 'overdue' | 'not-scheduled' | 'unknown';

export type CadenceResult = {
  targetId: string;
  status: CadenceStatus;
  /** Start of the latest counting meeting at or before now. */
  lastHeld?: string;
  /** Start of the earliest counting meeting after now. */
  nextScheduled?: string;
  /** The day the next meeting should happen (last held + interval, days off skipped). */
  dueDay?: Day;
  /** Status "unknown": the days the user should open in Calendar or import so Rapport can tell. */
  unknownRange?: DayRange;
};
