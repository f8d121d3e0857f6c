import {database} from '../../store/db.ts';
import {actOnNudge} from '../../store/nudges.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const nudgesAct: Handler<'nudges/act'> = async (request) => {
  const nudge = await actOnNudge(database(), request.id, request, Date.now());
  await runLifecycle('nudges/act');
  return {status: nudge.status, surfaceAt: nudge.surfaceAt};
};
