// Test helpers: a VCALENDAR around VEVENT lines, and the expanded starts as local "YYYY-MM-DD HH:MM".
import {parseIcs, type IcsOptions, type IcsResult} from './parse.ts';

export const calendar = (body: string, head = '') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport//tests//EN\r\n${head ? `${head.trim()}\r\n` : ''}${body.trim().split('\n').map((l) => l.trim()).join('\r\n')}\r\nEND:VCALENDAR\r\n`;

export function expand(body: string, options: Partial<IcsOptions> & {head?: string} = {}): IcsResult {
  const {head, ...rest} = options;
  return parseIcs(calendar(body, head), {from: '1996-01-01', to: '2007-12-31', timeZone: 'America/New_York', ...rest});
}

/** Local wall-clock starts ("1997-09-02 09:00"), or days for all-day events. */
export const starts = (result: IcsResult) => result.events.map((e) => (e.allDay ? e.start : e.start.slice(0, 16).replace('T', ' ')));
