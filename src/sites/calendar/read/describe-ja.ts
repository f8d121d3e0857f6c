// Japanese chip descriptions (research/dom.md 3.4): full-width separators, title in 「」, 24 h or 午前/午後 clocks.
//   "18:00～19:00、「打ち合わせ（仮）」、山田太郎、場所の指定なし、2026年 11月 23日"
//   "午前9時～午後12時、「Project Planning」、カレンダー: …"      "終日、「タイトル」、2026年 11月 23日"
// Multi-day events state both dates inside the range, as the English form does (research/dom-crosscheck.md):
//   "2026年 1月 11日 午後11時～2026年 1月 12日 午前4:30、「…」"
// The all-day span without clocks ("2026年 12月 2日～2026年 12月 4日、「…」") is read by the same pattern; that
// form is assumed by analogy with English and has no source of its own.
import {isoDay, normaliseText} from './description.ts';
import type {Clock, ParsedDescription} from './description.ts';

const TIME = String.raw`(午前|午後)?\s*(\d{1,2})(?::(\d{2})|時(?:\s*(\d{1,2})分)?)`;
const RANGE = new RegExp(String.raw`^${TIME}\s*[～〜~]\s*${TIME}\s*、\s*(.*)$`);
const DATE = String.raw`(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日`;
const MULTI = new RegExp(String.raw`^${DATE}\s*(?:${TIME})?\s*[～〜~]\s*${DATE}\s*(?:${TIME})?\s*、\s*(.*)$`);
const ALL_DAY = /^終日\s*、\s*(.*)$/;
const TRAILING_DATE = /(?:、\s*|^)(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日\s*$/;
const RSVP: Record<string, ParsedDescription['rsvp']> = {
  承諾: 'accepted', 承諾済み: 'accepted', 出席: 'accepted', 辞退: 'declined', 辞退済み: 'declined', 欠席: 'declined', 未定: 'maybe', 出欠未回答: 'needs-rsvp', 返信待ち: 'needs-rsvp',
};

function clock(meridiem: string | undefined, hour: string, minuteColon: string | undefined, minuteKanji: string | undefined): Clock | null {
  let h = Number(hour);
  const m = Number(minuteColon ?? minuteKanji ?? 0);
  // 午後12時 is noon and 午前12時 midnight in Google's Japanese UI, as in English 12pm / 12am.
  if (meridiem === '午前') h = h === 12 ? 0 : h;
  if (meridiem === '午後') h = h === 12 ? 12 : h + 12;
  return h > 23 || m > 59 ? null : {hour: h, minute: m};
}

function fields(rest: string, titleHint: string | undefined, out: ParsedDescription): boolean {
  let text = rest;
  const dated = TRAILING_DATE.exec(text);
  if (dated) {
    out.startDay ??= isoDay(Number(dated[1]), Number(dated[2]), Number(dated[3]));
    text = text.slice(0, dated.index);
  }
  const hinted = titleHint && text.startsWith(`「${titleHint}」`) ? titleHint : undefined;
  const quoted = hinted ? null : /^「(.*)」/.exec(text);
  const title = hinted ?? quoted?.[1];
  if (!title?.trim()) return false;
  out.title = title.trim();
  const parts = text.slice(title.length + 2).split('、').map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    if (part === '場所の指定なし') continue;
    if (/^場所[:：]/.test(part)) out.location = part.replace(/^場所[:：]\s*/, '');
    else if (/^(カレンダー|Calendar)[:：]/.test(part)) out.calendarName = part.replace(/^(カレンダー|Calendar)[:：]\s*/, '');
    else if (RSVP[part]) out.rsvp = RSVP[part];
    else if (out.location === undefined && out.organizer === undefined) out.organizer = part;
    else if (out.location !== undefined) out.location += `、${part}`; // a location with its own 、
  }
  return true;
}

export function parseJapaneseDescription(raw: string, titleHint?: string): ParsedDescription | null {
  const text = normaliseText(raw);
  const out: ParsedDescription = {allDay: false};
  const range = RANGE.exec(text);
  if (range) {
    const start = clock(range[1], range[2]!, range[3], range[4]);
    const end = clock(range[5], range[6]!, range[7], range[8]);
    if (!start || !end) return null;
    Object.assign(out, {start, end});
    return fields(range[9]!, titleHint, out) ? out : null;
  }
  const multi = MULTI.exec(text);
  if (multi) return multiDay(multi, titleHint, out);
  const allDay = ALL_DAY.exec(text);
  if (allDay) {
    out.allDay = true;
    return fields(allDay[1]!, titleHint, out) ? out : null;
  }
  return null;
}

/** Groups of MULTI: start date 1-3, start clock 4-7, end date 8-10, end clock 11-14, the rest 15. */
function multiDay(match: RegExpExecArray, titleHint: string | undefined, out: ParsedDescription): ParsedDescription | null {
  out.startDay = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  out.endDay = isoDay(Number(match[8]), Number(match[9]), Number(match[10]));
  if (!out.startDay || !out.endDay) return null;
  const [startHour, endHour] = [match[5], match[12]];
  if (startHour !== undefined && endHour !== undefined) {
    const start = clock(match[4], startHour, match[6], match[7]);
    const end = clock(match[11], endHour, match[13], match[14]);
    if (!start || !end) return null;
    Object.assign(out, {start, end});
  } else if (startHour !== undefined || endHour !== undefined) return null; // one clock without the other: no known form
  else out.allDay = true;
  return fields(match[15]!, titleHint, out) ? out : null;
}
