// The shapes of what the store keeps. No draft text lives here beyond the sentence of a commitment the user made:
// health rows are counts, logs are errors, tone statistics are counts.
import type {StoredText} from '../shared/stored-text.ts';
import type {CalendarEvent} from '../cadence/index.ts';
import type {Owner} from '../nlp/index.ts';
import type {ContactRow, KeyPerson, OwedItem} from '../radar/index.ts';
import type {SiteName} from '../shared/messages.ts';


/** One named part of a site's page (a selector from selectors.ts) and when it was last found. */
export type SiteHealth = {
  site: SiteName;
  part: string;
  /** Matches in the last report. 0 means the selector stopped matching where the site reported it. */
  count: number;
  /** Which fallback strategy of the selector matched (0 = the preferred one), or null when none did. */
  strategy: number | null;
  /** Last time the part was found (count > 0), epoch ms; null if never. */
  lastFoundAt: number | null;
  /** Last time it was reported at all, epoch ms. */
  reportedAt: number;
  uiLanguage: string;
};

export type LogEntry = {
  id?: number;
  at: number;
  level: 'error' | 'warn' | 'info';
  source: string;
  message: string;
  stack?: string;
};

export type CommitmentStatus = 'open' | 'done' | 'dismissed';
export type ClosedHow = 'delivered' | 'marked-done' | 'dismissed';

export type StoredCommitment = {
  /** Derived from draftId and the sentence: the same commitment arriving twice is one record. */
  id: string;
  /** Gmail's draft id of the mail that made the promise (a send the user undoes is withdrawn by it). */
  draftId: string;
  threadId: string | null;
  subject: string;
  /** The promise as written: the one piece of mail text Rapport keeps, so the user knows what it was. */
  sentence: string;
  action: string;
  owner: Owner;
  ownerName?: string;
  /** Who it was promised to (addresses). */
  counterparts: string[];
  createdAt: number;
  /** Epoch ms, or null when the mail named no date. */
  dueAt: number | null;
  duePhrase?: string;
  /** "soon", "ASAP": a deadline that isn't one. */
  vague: boolean;
  status: CommitmentStatus;
  closedAt?: number;
  closedHow?: ClosedHow;
  /** The draft id of the later mail that delivered it. */
  closedBy?: string;
};

export type NudgeKind = 'commitment-due' | 'commitment-undated' | 'commitment-closed' | 'cadence-gap' | 'unanswered-request'
  | 'keep-in-touch' | 'ask-waiting' | 'promise-overdue';
export type NudgeStatus = 'active' | 'done' | 'dismissed';

/** Something that needs the user's attention, from `surfaceAt` on. One per subject and kind. */
export type StoredNudge = {
  /** `${kind}:${subjectId}`: at most one nudge of a kind per subject, however often it is derived. */
  id: string;
  kind: NudgeKind;
  /** What it is about: a commitment id, a cadence target and period, ... */
  subjectId: string;
  /** What it says, kept as what to say (key and values), put into words when shown: src/shared/stored-text.ts. */
  title: StoredText;
  detail: StoredText;
  createdAt: number;
  /** When it becomes visible (a snooze moves it). */
  surfaceAt: number;
  /** The deadline it is about, if any (for ordering: overdue first). */
  dueAt: number | null;
  status: NudgeStatus;
  /** Where to act on it: the mail thread, or the calendar. */
  link?: string;
  notifiedAt?: number;
  resolvedAt?: number;
};

/** A calendar event as read from a calendar page or a file; the analysis' own type lives in src/cadence. */
/** An event is stored as the calendar reader or the file import gave it: one type, defined by the analysis. */
export type StoredEvent = CalendarEvent;

export type CoverageDay = {day: string; seenAt: number; source: 'dom' | 'ics'};

export type ToneStat = {day: string; ruleId: string; tier: string; count: number};

export type WeeklySummaryRecord = {weekStart: string; computedAt: number; summary: unknown};

/**
 * A mail the user sent, as Rapport took it in at send: no text, only who it went to and when. It marks the send as
 * done, so a message retried after a transport failure is not taken in twice (tone counted twice, reminders
 * doubled), and goes with the mail when the send is undone.
 */
export type SentMailRecord = {
  /** Gmail's draft id, or the provisional key of a mail sent before Gmail named its draft. */
  draftId: string;
  threadId: string | null;
  /** When it went out (the send, or the time a schedule was set for). */
  sentAt: number;
  recipients: string[];
};

/** A key person of the radar, as the radar defines one. */
export type KeyPersonRecord = KeyPerson;
/** An ask or a promise owed, as the radar defines one. */
export type OwedItemRecord = OwedItem;
/** A mail the user opened: a contact with its writer. No text. */
export type ReceivedMailRecord = {messageId: string; threadId: string | null; from: string; name: string; at: number};

/**
 * The contact book's row of one address (radar/contact-book.ts): addresses, a name, dates and counts; no text.
 * Derived from sentMails, receivedMails and events (store/contacts.ts), never exported.
 */
export type ContactRecord = ContactRow;

/** Up to when a derived table is folded (`through`, epoch ms) and whether it must be rebuilt (`stale`). */
export type DerivedMark = {key: 'contacts'; through: number; stale: boolean};
