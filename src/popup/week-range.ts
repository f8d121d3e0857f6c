import {zonedToEpoch} from '../shared/zoned-time.ts';
import {shiftKey} from './tone.ts';

/** The instants a local week (Monday `YYYY-MM-DD`) starts and ends in a time zone: DST weeks are 167 or 169 hours. */
export function weekBounds(weekStart: string, timeZone: string): [number, number] {
  const midnight = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return zonedToEpoch({year, month, day: date, hour: 0, minute: 0}, timeZone);
  };
  return [midnight(weekStart), midnight(shiftKey(weekStart, 7))];
}
