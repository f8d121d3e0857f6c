// Due dates: chrono-node reads the phrase, we decide what it means for a promise. A day without a time means the
// end of that working day; "morning" means by noon; EOD/COB the end of working hours; "next week" the end of
// next week's last working day. Vague words ("soon", "ASAP") get a nominal date and are flagged vague.
import * as chrono from 'chrono-node';
import {phraseRegExp} from '../text.ts';
import {DATE_CUE, vagueDeadlines} from '../lexicons/time.ts';
import {addDays, fromWall, offsetMinutes, toWall, type Wall} from './time-zone.ts';

/** `fromMail`: the date was read from elsewhere in the mail or its subject, not from the promise's own words. */
export type Due = {iso: string; phrase: string; vague: boolean; fromMail?: boolean};
export type WorkingHours = {start: string; end: string; days: number[]};
export type DueContext = {ref: Date; timeZone: string; hours: WorkingHours};
export type DueFound = {due: Due; index: number};

export const DEFAULT_HOURS: WorkingHours = {start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5]};
const VAGUE = phraseRegExp(vagueDeadlines);
const URGENT_VAGUE = /^(?:asap|as soon as|soon|shortly)/i;
const EOD = /\b(?:eod|cob|end of (?:the |business )?day|close of business|end of play)\b/i;
const EOW = /\b(?:eow|end of (?:the |this )?week)\b/i;
const NEXT_WEEK = /\bnext week\b/i;
// "When I get to the office a little later": within the hour or two, as clear as a time.
const IMMEDIATE = /\b(?:right away|right now|immediately|straight away|at once|within the hour|a (?:little|bit) later)\b/i;
const BEFORE_LUNCH = /\bbefore lunch\b/i;
const ORDINAL_DAY = /\bthe\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/i;

function hm(s: string, fallback: [number, number]): [number, number] {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s);
  return m ? [Math.min(23, Number(m[1])), Math.min(59, Number(m[2]))] : fallback;
}

type Day = {year: number; month: number; day: number; weekday: number};

function nextWorkingDay(d: Day, days: number[], includeSelf: boolean): Day {
  let cur = includeSelf ? d : addDays(d, 1);
  for (let i = 0; i < 8 && !days.includes(cur.weekday); i++) cur = addDays(cur, 1);
  return cur;
}

function lastWorkingDayOfWeek(d: Day, days: number[]): Day {
  const last = days.length ? Math.max(...days) : 5;
  return addDays(d, last - d.weekday);
}

function at(d: Day, [h, m]: [number, number], ctx: DueContext): string {
  return fromWall(d.year, d.month, d.day, h, m, ctx.timeZone).toISOString();
}

export function findDue(text: string, ctx: DueContext): DueFound | null {
  const end = hm(ctx.hours.end, [17, 30]);
  const start = hm(ctx.hours.start, [9, 0]);
  const now = toWall(ctx.ref, ctx.timeZone);
  const today: Day = {year: now.year, month: now.month, day: now.day, weekday: now.weekday};
  const pastEnd = now.hour * 60 + now.minute >= end[0] * 60 + end[1];
  const eod = EOD.exec(text);
  const eow = EOW.exec(text);
  // "end of the week" is ours to read (chrono takes it as a week from now).
  const chronoHit = !eow && DATE_CUE.test(text) ? parseChrono(text, ctx, now) : null;
  if (chronoHit) {
    const {result} = chronoHit;
    const s = result.start;
    const day: Day = {year: s.get('year') ?? now.year, month: s.get('month') ?? now.month, day: s.get('day') ?? now.day, weekday: 0};
    const dated = {...day, weekday: addDays(day, 0).weekday};
    let phrase = result.text;
    let iso: string;
    const weekdayOnly = /^(?:on |by |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(phrase.trim());
    if (weekdayOnly && dated.day === today.day && dated.month === today.month) Object.assign(dated, addDays(dated, 7));
    if (NEXT_WEEK.test(phrase)) iso = at(lastWorkingDayOfWeek(addDays(today, 7), ctx.hours.days), end, ctx);
    else if (/this week/i.test(phrase)) iso = at(lastWorkingDayOfWeek(today, ctx.hours.days), end, ctx);
    else if (s.isCertain('hour')) iso = at(dated, [s.get('hour') ?? end[0], s.get('minute') ?? 0], ctx);
    else if (/first thing/i.test(text)) iso = at(dated, [start[0] + 1, start[1]], ctx);
    else if (/morning/i.test(phrase)) iso = at(dated, [12, 0], ctx);
    else if (/tonight|evening/i.test(phrase)) iso = at(dated, [21, 0], ctx);
    else iso = at(dated, end, ctx);
    if (eod && !phrase.toLowerCase().includes(eod[0].toLowerCase())) phrase = `${phrase} ${eod[0]}`;
    return {due: {iso, phrase, vague: false}, index: Math.min(result.index, eod?.index ?? Infinity)};
  }
  const soon = IMMEDIATE.exec(text) ?? BEFORE_LUNCH.exec(text);
  if (soon) {
    // "right away" is a time, not a vague promise: within the hour. "Before lunch" is noon, today or next.
    const lunch = /lunch/i.test(soon[0]);
    const iso = lunch
      ? at(now.hour >= 12 ? nextWorkingDay(today, ctx.hours.days, false) : today, [12, 0], ctx)
      : new Date(ctx.ref.getTime() + 3600_000).toISOString();
    return {due: {iso, phrase: soon[0], vague: false}, index: soon.index};
  }
  const ordinal = ORDINAL_DAY.exec(text);
  if (ordinal) {
    // "on the 3rd": chrono leaves bare ordinals alone; the next such day of the month is meant.
    const n = Number(ordinal[1]);
    const month = n >= today.day ? today : addDays({...today, day: 1}, 32);
    const d = {year: month.year, month: month.month, day: n};
    const valid = addDays(d, 0);
    if (valid.month === d.month) return {due: {iso: at(valid, end, ctx), phrase: ordinal[0].trim(), vague: false}, index: ordinal.index};
  }
  if (eod) {
    const d = pastEnd || !ctx.hours.days.includes(today.weekday) ? nextWorkingDay(today, ctx.hours.days, false) : today;
    return {due: {iso: at(d, end, ctx), phrase: eod[0], vague: false}, index: eod.index};
  }
  if (eow) {
    let d = lastWorkingDayOfWeek(today, ctx.hours.days);
    if (d.day === today.day && pastEnd || today.weekday > d.weekday) d = lastWorkingDayOfWeek(addDays(today, 7), ctx.hours.days);
    return {due: {iso: at(d, end, ctx), phrase: eow[0], vague: false}, index: eow.index};
  }
  const vague = vagueMatch(text);
  if (vague) {
    // Nominal reading of a vague promise: "ASAP/soon" = next working day, anything vaguer = a working week.
    const base = nextWorkingDay(today, ctx.hours.days, false);
    const d = URGENT_VAGUE.test(vague.text) ? base : addDays(base, 6);
    return {due: {iso: at(d, end, ctx), phrase: vague.text, vague: true}, index: vague.index};
  }
  return null;
}

function vagueMatch(text: string): {text: string; index: number} | null {
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    // "as soon as you confirm" ties the act to an event: a condition, not a vague date.
    if (/soon$/i.test(m[0]) && /^\s+(?:as|after)\b/i.test(text.slice(m.index + m[0].length))) continue;
    // "sometime when I see you", "later, once the board has met": tied to an event, not left vague.
    if (/^[\s,]+(?:when|once|after|next\s+time)\b/i.test(text.slice(m.index + m[0].length))) continue;
    return {text: m[0], index: m.index};
  }
  // "later" alone is vague; "later today" is a date (chrono has read it before we get here).
  // "when I get to the office a little later" is within the hour or two: as clear as a time.
  const later = /(?<!\b(?:little|bit|few\s+minutes|hour|hours|while)\s)\blater\b(?!\s+(?:today|tonight|this|in\s+the\s+day|on\s+today))/i.exec(text);
  return later ? {text: later[0], index: later.index} : null;
}

function parseChrono(text: string, ctx: DueContext, now: Wall): {result: chrono.ParsedResult} | null {
  const ref = {instant: ctx.ref, timezone: offsetMinutes(ctx.ref, ctx.timeZone)};
  const results = chrono.parse(text, ref, {forwardDate: true});
  // "now" and bare numbers are not deadlines; a date in the past is a reference, not a due date.
  // A deadline names a day or a clock time; "now" or "the minutes" (chrono reads "minutes" as a duration) do not.
  const result = results.find((r) => (r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('hour') ||
    /\b(?:today|tonight|tomorrow|week|weekend|month|morning|afternoon|evening|noon|midnight)\b/i.test(r.text)) && !/^(?:right now|now|(?:the |a |an )?(?:minutes?|hours?|seconds?|moment))$/i.test(r.text.trim()));
  if (!result) return null;
  const y = result.start.get('year') ?? now.year;
  if (y < now.year - 1 || y > now.year + 5) return null;
  return {result};
}
