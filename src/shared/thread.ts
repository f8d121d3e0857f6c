// What a Gmail content script hands the background when the user opens a conversation: who wrote each message shown
// and when, and for the newest message only, its own words (quoted history, signatures and forwarded text are for the
// analysis to set aside). The background reads the text for asks and promises addressed to the user and drops it:
// only the sentence of each ask or promise is kept, with the person, the date and the thread.

export type ThreadMessage = {
  /** Gmail's message id (`#msg-f:…` or the legacy hex id): what makes a second reading of the thread store nothing new. */
  messageId: string;
  from: {email: string; name: string};
  /** Addresses in To and Cc, lower case, as far as the page shows them. */
  to: string[];
  /** When it was sent (epoch ms), from the message's date; null when the page did not show one readably. */
  at: number | null;
};

export type ThreadRead = {
  /** Gmail's legacy thread id (16 hex digits), the same one a reply's compose carries. */
  threadId: string | null;
  subject: string;
  messages: ThreadMessage[];
  /** The newest message's own text, when it is open on the page. */
  latest?: {messageId: string; text: string; hasAttachment: boolean};
};
