import {database} from '../../store/db.ts';
import {appendLog} from '../../store/logs.ts';
import type {Handler} from './handler.ts';

// Cap what a page can write into the log: a content script runs next to untrusted page code.
const MAX_TEXT = 2_000;

export const logError: Handler<'log/error'> = async (request, sender) => {
  await appendLog(database(), {
    at: Date.now(),
    level: 'error',
    source: `${sender.site ?? 'extension'}:${request.source}`.slice(0, 200),
    message: String(request.message).slice(0, MAX_TEXT),
    stack: request.stack ? String(request.stack).slice(0, MAX_TEXT) : undefined,
  });
  return {stored: true};
};
