// Who may send what. A content script runs beside page code we do not control, so a message it sends is only as
// trustworthy as the page: it may report what it saw and what the user did there, never read, replace or delete
// the user's data. Each message names the contexts allowed to send it; the router checks this table before any
// handler runs, and nothing else decides (docs/ARCHITECTURE.md, "Messages").
import type {MessageName, ShippedMessageName, TestOnlyMessageName} from '../shared/messages.ts';
import {TEST_BUILD} from '../shared/test-build.ts';

/** Where a message came from: one of the extension's own pages (popup, options), or a content script on a site. */
export type SenderContext = 'extension-page' | 'gmail' | 'calendar';

/** The origins content scripts are injected into (manifest.json), by the name the router uses for them. */
export const SITE_ORIGINS = {gmail: 'https://mail.google.com', calendar: 'https://calendar.google.com'} as const;

const PAGE: readonly SenderContext[] = ['extension-page'];
const GMAIL: readonly SenderContext[] = ['gmail'];
const CALENDAR: readonly SenderContext[] = ['calendar'];
const SITES: readonly SenderContext[] = ['gmail', 'calendar'];
const EVERYWHERE: readonly SenderContext[] = ['extension-page', 'gmail', 'calendar'];

type SenderTable = {readonly [K in ShippedMessageName]: readonly SenderContext[]}
  & {readonly [K in TestOnlyMessageName]?: readonly SenderContext[]};

/** The mapped type makes a shipped message without an entry a compile error: a new message must say who may send it. */
export const ALLOWED_SENDERS: SenderTable = {
  // Diagnostics: what a site's page looked like, and errors caught anywhere.
  'health/report': SITES,
  'log/error': EVERYWHERE,
  'runtime/ping': EVERYWHERE,
  // What the user did in a compose: only Gmail's content script sees a send, an Undo, a "Not now" or a rule turned
  // off. The end-to-end tests also withdraw a tracked mail from an extension page, which is our own code.
  'compose/sent': GMAIL,
  // A conversation the user opened: who wrote, and the newest message's asks and promises (the radar).
  'thread/read': GMAIL,
  'commitments/withdraw': ['gmail', 'extension-page'],
  'hints/dismiss': GMAIL,
  'rules/change': GMAIL,
  // The user acting on their own items, in the popup.
  'commitments/update': PAGE,
  'nudges/act': PAGE,
  // The user's key people and what they owe each other, edited in the popup's People view.
  'people/save': PAGE,
  'people/remove': PAGE,
  'owed/update': PAGE,
  'cadence/list': PAGE,
  // What a Calendar page showed, and the guests of an event the user opened there.
  'calendar/seen': CALENDAR,
  'calendar/details': CALENDAR,
  // The user's data: import, export and delete, from the options page only.
  'calendar/importIcs': PAGE,
  'data/importPiece': PAGE,
  'data/importCommit': PAGE,
  'data/deleteAll': PAGE,
  // Test-only messages (the e2e suite seeds the store with them), in test builds only: never from a site.
  ...(TEST_BUILD ? {'commitments/track': PAGE, 'stats/recordTone': PAGE} : {}),
};

/** The analysis port (shared/analysis-port.ts) is a message channel too: drafts come only from Gmail's composes. */
export const ANALYSIS_PORT_SENDERS: readonly SenderContext[] = GMAIL;

/** The fields of a runtime.MessageSender the decision rests on. */
export type SenderFacts = {id?: string; url?: string};
/** This extension: its id and its pages' origin (`chrome-extension://<id>`, `moz-extension://<uuid>`). */
export type Self = {id: string; origin: string};

/** Scheme and host, `https://mail.google.com`. Not URL.origin: it is "null" for extension schemes outside Chrome. */
export function originOf(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const {protocol, host} = new URL(url);
  return host ? `${protocol}//${host}` : null;
}

/**
 * The context a message came from, or null when it is none of ours. The frame's own URL decides (`sender.url`),
 * never the tab's: an extension page opened in a tab has a tab too, and a tab's URL may have changed since.
 */
export function senderContext(sender: SenderFacts, self: Self): SenderContext | null {
  if (sender.id !== self.id) return null;
  const origin = originOf(sender.url);
  if (origin === null) return null;
  if (origin === self.origin) return 'extension-page';
  if (origin === SITE_ORIGINS.gmail) return 'gmail';
  if (origin === SITE_ORIGINS.calendar) return 'calendar';
  return null;
}

/** Why a message is refused from this sender, or null when it may be handled. */
export function refusal(name: MessageName, sender: SenderFacts, self: Self): string | null {
  const context = senderContext(sender, self);
  if (context === null) return 'unknown sender';
  const allowed = ALLOWED_SENDERS[name];
  if (!allowed) return `${name} is not handled in this build`;
  return allowed.includes(context) ? null : `${name} is not accepted from ${context}`;
}
