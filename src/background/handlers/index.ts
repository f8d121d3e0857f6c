import type {MessageName} from '../../shared/messages.ts';
import type {Handler} from './handler.ts';
import {healthReport} from './health-report.ts';
import {logError} from './log-error.ts';
import {runtimePing} from './runtime-ping.ts';

/** One handler per message name. The mapped type makes a missing or misspelt handler a compile error. */
export const handlers: {[K in MessageName]: Handler<K>} = {
  'health/report': healthReport,
  'log/error': logError,
  'runtime/ping': runtimePing,
};
