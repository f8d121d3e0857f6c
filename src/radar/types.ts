// The relationship radar's words (pure: no browser, no store). A key person is someone the user keeps in touch
// with on purpose; a contact is any sign of that (a mail sent to them, a mail from them the user read, a meeting
// with them); an owed item is an ask from them the user has not answered, or a promise they made to the user.

import type {RecipientTier} from '../nlp/index.ts';

/** A person's group is the recipient tier the tone rules use (settings/tiers.ts says who is in which). */
export type Group = RecipientTier;
export const GROUPS: readonly Group[] = ['executive', 'direct-report', 'internal', 'external'];

export type KeyPerson = {
  /** Lower case; the key. */
  email: string;
  name: string;
  group: Group;
  /** Keep in touch at least this often; absent: the group's default. */
  everyDays?: number;
  addedAt: number;
};

export type ContactKind = 'sent' | 'received' | 'met';
export type Contact = {email: string; at: number; kind: ContactKind};

export type OwedDirection = 'asked-of-me' | 'promised-to-me';
export type OwedItem = {
  /** Derived from the message and the sentence: reading a thread again stores nothing twice. */
  id: string;
  direction: OwedDirection;
  /** Who asked, or who promised. */
  email: string;
  name: string;
  /** The sentence, as written: all of the mail that is kept. */
  sentence: string;
  /** When it was asked or promised (the message's date). */
  at: number;
  /** The day it is due, when the sentence names one (epoch ms). */
  dueAt: number | null;
  threadId: string | null;
  messageId: string;
  status: 'open' | 'closed';
  closedAt?: number;
  /** replied: the user answered in the thread; delivered: a later mail from them delivered; user: marked done. */
  closedHow?: 'replied' | 'delivered' | 'user';
  /** The sent mail (draft id) that answered it, so an undone send opens it again. */
  closedBy?: string;
};

export type RadarSettings = {
  /** Keep-in-touch interval by group, in days. */
  everyDays: Record<Group, number>;
  /** An ask from a key person is overdue after this many working hours without an answer, by group. */
  answerWithinHours: Record<Group, number>;
};

export const defaultRadarSettings: RadarSettings = {
  everyDays: {'executive': 7, 'direct-report': 14, 'internal': 30, 'external': 14},
  answerWithinHours: {'executive': 4, 'direct-report': 8, 'internal': 8, 'external': 8},
};

export type TouchStatus = 'ok' | 'due-soon' | 'overdue' | 'never';

export type PersonRadar = {
  person: KeyPerson;
  everyDays: number;
  lastContact: Contact | null;
  /** When the next contact falls due (last contact + interval); null when there has been none. */
  touchDueAt: number | null;
  status: TouchStatus;
  /** Asks from them still open, oldest first. */
  owedByMe: OwedItem[];
  /** Their promises to the user still open, oldest first. */
  owedToMe: OwedItem[];
  /** Asks open longer than the group allows, and promises past their day. */
  lateAsks: number;
  latePromises: number;
  /** Which of `owedByMe` are late. */
  lateAskIds: ReadonlySet<string>;
};
