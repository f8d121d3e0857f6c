import {database} from '../../store/db.ts';
import {recordToneCounts} from '../../store/tone-stats.ts';
import type {Handler} from './handler.ts';

export const statsRecordTone: Handler<'stats/recordTone'> = async ({day, counts}) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error('day must be YYYY-MM-DD');
  await recordToneCounts(database(), day, counts);
  return {recorded: counts.length};
};
