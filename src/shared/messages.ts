// The one list of messages that cross from content scripts (and pages) to the background.
// Each name has a request and a response type; the background has exactly one handler per name
// (src/background/handlers/index.ts is typed against this map, so a missing handler does not compile).

import type {SentMail} from './sent-mail.ts';
import type {ThreadRead} from './thread.ts';
import type {GuestPrep} from './meeting-prep.ts';
import type {AnalyzeOptions, DraftInput} from '../nlp/index.ts';
import type {CadenceStatus, CalendarEvent, DayRange} from '../cadence/index.ts';
import type {SkipReason} from '../cadence/ics/notices.ts';
import {TEST_BUILD} from './test-build.ts';
import type {Group, KeyPerson} from '../radar/index.ts';

/** What a calendar-file import did: occurrences stored, days covered, VEVENTs in the file, what was left out and
 * why (counts by reason, said in the user's language by the options page), the dates imported, English warnings. */
export type IcsImportSummary = {
  events: number;
  days: number;
  read: number;
  skipped: Partial<Record<SkipReason, number>>;
  range: DayRange | null;
  warnings: string[];
};

/** One cadence target as the banner and the popup show it. */
export type CadenceView = {
  targetId: string;
  label: string;
  status: CadenceStatus;
  lastHeld?: string;
  nextScheduled?: string;
  dueDay?: string;
  unknownRange?: DayRange;
  /** One sentence: last held, next, or which days to open. */
  detail: string;
  /** A free slot in working hours for a missing meeting (epoch ms). */
  proposal?: {start: number; end: number};
  /** Who must attend (addresses), for the new event. */
  attendees: string[];
  eventTitle: string;
};

/** A sign the executive's time is not being respected in the coming week, in words. */
export type TimeFlagView = {kind: 'double-booked' | 'back-to-back' | 'no-description'; text: string};

export type SiteName = 'gmail' | 'calendar';

/** What a content script found on its page: per named selector, how many elements matched. Never content. */
export type SiteHealthReport = {
  site: SiteName;
  /** selector name (from the site's selectors.ts) -> count of matches and which fallback strategy matched */
  parts: Record<string, {count: number; strategy: number | null}>;
  /** UI language of the page (document.documentElement.lang), to tell which locales the user runs. */
  uiLanguage: string;
};

export type ErrorReport = {
  /** Where it happened: a feature id, a rule id, a handler name. */
  source: string;
  message: string;
  stack?: string;
};

export type Messages = {
  /** A content script reports which parts of its page it found (diagnostics; the popup shows it live). */
  'health/report': {request: SiteHealthReport; response: {changed: number}};
  /** A content script reports an error it caught, so the diagnostics page can show it. */
  'log/error': {request: ErrorReport; response: {stored: boolean}};
  /** Liveness and version, for pages and content scripts that need to know the background is there. */
  'runtime/ping': {request: Record<string, never>; response: {version: string; startedAt: number}};
  /** The user sent a mail: track its promises, close those of earlier mails it delivers. Idempotent. */
  'commitments/track': {request: SentMail; response: {tracked: number; closed: Array<{id: string; action: string}>}};
  /**
   * The user sent a draft (Send, Ctrl/Cmd+Enter or Schedule send): the background analyses it, tracks its promises
   * and closes those it delivers. The text is analysed and dropped; only the promises' sentences are kept.
   */
  'compose/sent': {
    request: {
      /** Gmail's draft id, or a provisional key for a mail sent before Gmail's first autosave named it. */
      draftId: string; threadId: string | null; subject: string;
      /** When the mail goes out: the send, or the time a schedule was set for. */
      sentAt: number; input: DraftInput; hasAttachment: boolean;
      /** The provisional key an earlier send of this same compose was tracked under (sent, undone, sent again). */
      replaces?: string;
      /** The user's choices the draft was coached with: a rule off, a phrase silenced, a hint dismissed. */
      options: AnalyzeOptions;
      /** Tone hints the draft showed while it was written, by rule and recipient tier. */
      toneCounts: Array<{ruleId: string; tier: string; count: number}>;
    };
    response: {tracked: Array<{id: string; action: string; dueAt: number | null}>; closed: Array<{id: string; action: string}>};
  };
  /** The user opened a conversation: record who wrote and when, and the newest message's asks and promises to the user. */
  'thread/read': {request: ThreadRead; response: {messages: number; asks: number; promises: number; closed: number}};
  /** The user undid a send: forget its promises, reopen what it had closed. */
  'commitments/withdraw': {request: {draftId: string}; response: {removed: number; reopened: number}};
  'commitments/update': {request: {id: string; action: 'done' | 'dismiss' | 'reopen'}; response: {status: string}};
  'nudges/act': {
    request: {id: string; action: 'done' | 'dismiss'} | {id: string; action: 'snooze'; until: number};
    response: {status: string; surfaceAt: number};
  };
  /** The popup's People view (extension pages only): add a key person or change their group or keep-in-touch
   * interval (everyDays null: the group's default). Never sent for anyone the user did not choose. */
  'people/save': {request: {email: string; name: string; group: Group; everyDays: number | null}; response: {person: KeyPerson}};
  /** The popup's People view (extension pages only): someone is no longer key. */
  'people/remove': {request: {email: string}; response: {removed: boolean}};
  /** The popup's People view (extension pages only): an ask answered or a promise received, marked by hand. */
  'owed/update': {request: {id: string; action: 'done' | 'reopen'}; response: {status: 'open' | 'closed'}};
  /** Counts of tone hints shown, by rule and recipient tier: statistics without text. */
  'stats/recordTone': {request: {day: string; counts: Array<{ruleId: string; tier: string; count: number}>}; response: {recorded: number}};
  /** A calendar page showed these events on these days: store them, and answer with the cadence as it now stands. */
  'calendar/seen': {
    request: {events: CalendarEvent[]; days: string[]; misses: number};
    response: {views: CadenceView[]; guessedPeople: boolean; timeFlags: TimeFlagView[]};
  };
  /** The user opened an event's details: its guests, to count the meeting by who attends. */
  /** The user opened an event's details: its guests, and back what is open with each of them (the meeting-prep card). */
  'calendar/details': {request: {eventId: string; attendees: Array<{email?: string; name?: string}>}; response: {updated: boolean; prep: GuestPrep[]}};
  /** The user imported an .ics file from the options page. */
  'calendar/importIcs': {request: {text: string}; response: IcsImportSummary};
  'cadence/list': {request: Record<string, never>; response: {views: CadenceView[]; guessedPeople: boolean; timeFlags: TimeFlagView[]}};
  /** "Not now" on a hint in a compose: the background adds its fingerprint to the list, one write after another. */
  'hints/dismiss': {request: {fingerprint: string}; response: {dismissed: string[]}};
  /** The compose panel turns a rule off or silences a phrase: applied by the background to the stored settings. */
  'rules/change': {request: {turnOff?: string; silence?: string}; response: {disabled: string[]; ignoredPhrases: string[]}};
  /**
   * An export file being imported, one piece of its text at a time (text-chunks.ts): a whole file would break
   * Chrome's 64 MB message cap. Nothing is written until the commit. (The export itself is read by the options page
   * straight from the store, in parts: no message.)
   */
  'data/importPiece': {request: {importId: string; index: number; text: string}; response: {received: number}};
  /** Every piece was sent: check the whole file and write it in one transaction, or refuse it whole. */
  'data/importCommit': {request: {importId: string; pieces: number}; response: {counts: Record<string, number>}};
  'data/deleteAll': {request: Record<string, never>; response: {deleted: true}};
};

export type MessageName = keyof Messages;
export type RequestOf<K extends MessageName> = Messages[K]['request'];
export type ResponseOf<K extends MessageName> = Messages[K]['response'];

/** The envelope on the wire. `rapport` tags our messages so other listeners can ignore them. */
export type Envelope<K extends MessageName = MessageName> = {rapport: 1; name: K; request: RequestOf<K>};

/**
 * The background answers either a result or an error, never a thrown rejection across the boundary. `retryable`
 * marks a write that failed for a passing reason (storage quota, an aborted transaction): an idempotent message may
 * be sent again.
 */
export type Reply<K extends MessageName = MessageName> = {ok: true; response: ResponseOf<K>} | {ok: false; error: string; retryable?: true};

/**
 * Messages only the tests send, to seed the store as a user's sends would. Their handlers exist in test builds only
 * (shared/test-build.ts): a production build neither names nor handles them, so no page can call them.
 */
export type TestOnlyMessageName = 'commitments/track' | 'stats/recordTone';
export type ShippedMessageName = Exclude<MessageName, TestOnlyMessageName>;

export const SHIPPED_MESSAGE_NAMES = [
  'health/report', 'log/error', 'runtime/ping', 'compose/sent', 'thread/read', 'commitments/withdraw', 'commitments/update',
  'nudges/act', 'people/save', 'people/remove', 'owed/update', 'calendar/seen', 'calendar/details', 'calendar/importIcs', 'cadence/list', 'hints/dismiss', 'rules/change',
  'data/importPiece', 'data/importCommit', 'data/deleteAll',
] as const satisfies readonly ShippedMessageName[];

const TEST_ONLY_MESSAGE_NAMES: readonly TestOnlyMessageName[] = TEST_BUILD ? ['commitments/track', 'stats/recordTone'] : [];

/** The names this build knows: the shipped ones, and in a test build the test-only ones. */
export const MESSAGE_NAMES: readonly MessageName[] = [...SHIPPED_MESSAGE_NAMES, ...TEST_ONLY_MESSAGE_NAMES];

// Every name in the map is listed above (a compile error otherwise), so isEnvelope knows them all.
type Missing = Exclude<ShippedMessageName, (typeof SHIPPED_MESSAGE_NAMES)[number]>;
export const allMessageNamesListed: [Missing] extends [never] ? true : Missing = true;

/** Tagged as Rapport's, whatever its name: a message for this router, to be handled or refused. */
export function isTagged(value: unknown): value is {rapport: 1; name: unknown} {
  return typeof value === 'object' && value !== null && (value as {rapport?: unknown}).rapport === 1;
}

export function isEnvelope(value: unknown): value is Envelope {
  if (!isTagged(value)) return false;
  return typeof value.name === 'string' && (MESSAGE_NAMES as readonly string[]).includes(value.name);
}
