// What a content script hands the background when the user sends a mail: the promises it found, and the mail's
// sentences so that deliveries of earlier promises can be recognised. Only the promises' sentences are stored.
import type {Owner} from '../nlp/index.ts';

export type SentCommitment = {
  sentence: string;
  action: string;
  owner: Owner;
  ownerName?: string;
  /** Epoch ms, or null when the mail named no date. */
  dueAt: number | null;
  duePhrase?: string;
  /** "soon", "ASAP": a deadline that isn't one. */
  vague: boolean;
};

export type SentMail = {
  /** Gmail's draft id: unique per message, and what an undone send is withdrawn by. */
  draftId: string;
  threadId: string | null;
  subject: string;
  sentAt: number;
  /** Addresses the mail went to. */
  recipients: string[];
  commitments: SentCommitment[];
  /** The mail's own sentences, read for deliveries and then dropped: never stored. */
  sentences: string[];
  hasAttachment: boolean;
};
