import {database} from '../../store/db.ts';
import {recordSiteHealth} from '../../store/health.ts';
import type {Handler} from './handler.ts';

export const healthReport: Handler<'health/report'> = async (request) => {
  const changed = await recordSiteHealth(database(), request);
  return {changed};
};
