// RRULE text to a checked rule (RFC 5545 section 3.3.10). Every value is range-checked here, so the expander never
// meets a BYHOUR of 25 or a BYMONTHDAY of 0: a rule that breaks the grammar is rejected with the reason, and the
// caller skips that event with a warning instead of letting a library loop or throw somewhere deep.

export const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** Weekday codes in the order of weekdayOfDay (0 = Sunday). */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export type WeekdayRule = {weekday: number; /** 0: every such weekday; else the nth (negative from the end). */ nth: number};

export type Rule = {
  freq: Frequency;
  interval: number;
  count?: number;
  /** The raw UNTIL value: the caller reads it in the series' zone (a DATE, a UTC or a floating date-time). */
  until?: string;
  bySecond: number[];
  byMinute: number[];
  byHour: number[];
  byDay: WeekdayRule[];
  byMonthDay: number[];
  byYearDay: number[];
  byWeekNo: number[];
  byMonth: number[];
  bySetPos: number[];
  wkst: number;
};

export class RuleError extends Error {}

function integers(name: string, text: string, min: number, max: number, signed: boolean): number[] {
  return text.split(',').filter((part) => part.trim() !== '').map((part) => {
    const value = Number(part.trim().replace(/^\+/, ''));
    const magnitude = Math.abs(value);
    if (!Number.isInteger(value) || magnitude < min || magnitude > max || (!signed && value < 0) || (signed && value === 0)) {
      throw new RuleError(`${name}=${text} is out of range`);
    }
    return value;
  });
}

function weekday(code: string): number {
  const index = WEEKDAYS.indexOf(code.toUpperCase() as (typeof WEEKDAYS)[number]);
  if (index < 0) throw new RuleError(`unknown weekday ${code}`);
  return index;
}

export function parseRule(text: string): Rule {
  const rule: Rule = {freq: 'DAILY', interval: 1, bySecond: [], byMinute: [], byHour: [], byDay: [], byMonthDay: [], byYearDay: [], byWeekNo: [], byMonth: [], bySetPos: [], wkst: 1};
  let freq: Frequency | undefined;
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';')) {
    if (part.trim() === '') continue;
    const [rawKey, value = ''] = part.split('=', 2) as [string, string?];
    const key = rawKey.trim().toUpperCase();
    switch (key) {
      case 'FREQ': {
        const f = value.trim().toUpperCase() as Frequency;
        if (!FREQUENCIES.includes(f)) throw new RuleError(`unknown FREQ=${value}`);
        freq = f;
        break;
      }
      case 'INTERVAL': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) throw new RuleError(`INTERVAL=${value} is not a positive number`);
        rule.interval = n;
        break;
      }
      case 'COUNT': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0) throw new RuleError(`COUNT=${value} is not a number`);
        rule.count = n;
        break;
      }
      case 'UNTIL': rule.until = value.trim(); break;
      case 'BYSECOND': rule.bySecond = integers(key, value, 0, 60, false); break;
      case 'BYMINUTE': rule.byMinute = integers(key, value, 0, 59, false); break;
      case 'BYHOUR': rule.byHour = integers(key, value, 0, 23, false); break;
      case 'BYMONTHDAY': rule.byMonthDay = integers(key, value, 1, 31, true); break;
      case 'BYYEARDAY': rule.byYearDay = integers(key, value, 1, 366, true); break;
      case 'BYWEEKNO': rule.byWeekNo = integers(key, value, 1, 53, true); break;
      case 'BYMONTH': rule.byMonth = integers(key, value, 1, 12, false); break;
      case 'BYSETPOS': rule.bySetPos = integers(key, value, 1, 366, true); break;
      case 'WKST': rule.wkst = weekday(value.trim()); break;
      case 'BYDAY':
        rule.byDay = value.split(',').filter((d) => d.trim() !== '').map((d) => {
          const match = /^([+-]?\d{1,2})?([A-Za-z]{2})$/.exec(d.trim());
          if (!match) throw new RuleError(`BYDAY=${value} is not a weekday list`);
          const nth = match[1] ? Number(match[1]) : 0;
          if (Math.abs(nth) > 53 || (match[1] && nth === 0)) throw new RuleError(`BYDAY=${value} is out of range`);
          return {weekday: weekday(match[2]!), nth};
        });
        break;
      default: break; // X- parts and RSCALE-style extensions: ignored, as the RFC asks of unknown parts
    }
  }
  if (!freq) throw new RuleError('no FREQ');
  rule.freq = freq;
  rule.bySecond = rule.bySecond.map((s) => Math.min(s, 59)); // a leap second is the last second of its minute
  return rule;
}
