import type {ShippedMessageName} from '../../shared/messages.ts';
import type {Handler} from './handler.ts';
import {healthReport} from './health-report.ts';
import {logError} from './log-error.ts';
import {runtimePing} from './runtime-ping.ts';
import {composeSent} from './compose-sent.ts';
import {commitmentsWithdraw} from './commitments-withdraw.ts';
import {commitmentsUpdate} from './commitments-update.ts';
import {nudgesAct} from './nudges-act.ts';
import {dataDeleteAll, dataImportCommit, dataImportPiece} from './data.ts';
import {cadenceList, calendarDetails, calendarImportIcs, calendarSeen} from './calendar.ts';
import {hintsDismiss, rulesChange} from './compose-choices.ts';
import {threadRead} from './thread-read.ts';
import {owedUpdate, peopleRemove, peopleSave} from './people.ts';

/**
 * One handler per shipped message name. The mapped type makes a missing or misspelt handler a compile error. The
 * test-only messages have theirs in test-only.ts, registered by the router in test builds only.
 */
export const handlers: {[K in ShippedMessageName]: Handler<K>} = {
  'health/report': healthReport,
  'log/error': logError,
  'runtime/ping': runtimePing,
  'compose/sent': composeSent,
  'thread/read': threadRead,
  'commitments/withdraw': commitmentsWithdraw,
  'commitments/update': commitmentsUpdate,
  'nudges/act': nudgesAct,
  'people/save': peopleSave,
  'people/remove': peopleRemove,
  'owed/update': owedUpdate,
  'calendar/seen': calendarSeen,
  'calendar/details': calendarDetails,
  'calendar/importIcs': calendarImportIcs,
  'cadence/list': cadenceList,
  'hints/dismiss': hintsDismiss,
  'rules/change': rulesChange,
  'data/importPiece': dataImportPiece,
  'data/importCommit': dataImportCommit,
  'data/deleteAll': dataDeleteAll,
};
