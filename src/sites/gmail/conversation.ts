// Reading the conversation open in Gmail: who wrote each message shown and when, and the newest message's own words
// when it is expanded. Reads only; never writes to the page. In steps, so that the page pays for the text only
// when something new is shown: `glanceConversation` reads the thread id and the newest message's id (on every
// rescan), `seeConversation` every header and `readConversation` the newest message's text and attachments (both
// once per newest message).
import type {ThreadMessage, ThreadRead} from '../../shared/thread.ts';
import {findAll, findOne} from '../shared/selector.ts';
import {parseAddress} from './compose.ts';
import {parseMessageDate} from './message-date.ts';
import {readMessageText} from './message-text.ts';
import {gmailSelectors as S} from './selectors.ts';

export type SeenConversation = {
  threadId: string | null;
  subject: string;
  messages: ThreadMessage[];
  /** The element of each message, in the order of `messages`. */
  elements: HTMLElement[];
};

/** Gmail's id of a message: the sync id ("#msg-f:…"), else the legacy hex id. Drafts ("#msg-a:…") are not mail. */
function messageIdOf(element: Element): string | null {
  const id = element.getAttribute('data-message-id') || element.getAttribute('data-legacy-message-id');
  return id && !id.startsWith('#msg-a:') ? id : null;
}

/** The subject as shown, emoji included (Gmail draws them as images carrying the character). */
function subjectText(subject: Element | null): string {
  if (!subject) return '';
  let text = '';
  const walker = subject.ownerDocument.createTreeWalker(subject, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if ((node as Element).hasAttribute('data-emoji')) text += (node as Element).getAttribute('data-emoji');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The legacy thread id, the one a reply's compose names (lts, rt); else the perm id; else none. */
function threadIdOf(subject: Element | null): string | null {
  const legacy = subject?.getAttribute('data-legacy-thread-id')?.trim();
  if (legacy) return legacy;
  return subject?.getAttribute('data-thread-perm-id')?.trim() || null;
}

function readHeader(element: HTMLElement, messageId: string, language: string): ThreadMessage | null {
  const sender = findOne(S.messageSender, element);
  const email = sender?.getAttribute('email')?.trim().toLowerCase();
  if (!sender || !email?.includes('@')) return null; // a header still loading: the next rescan sees it whole
  const to = new Set<string>();
  for (const recipient of findAll(S.messageRecipient, element).elements) {
    const address = parseAddress(recipient.getAttribute('email') ?? '').email;
    if (address.includes('@')) to.add(address);
  }
  const date = findOne(S.messageDate, element);
  return {messageId, from: {email, name: sender.getAttribute('name')?.trim() ?? ''}, to: [...to], at: parseMessageDate(date?.getAttribute('title'), language)};
}

/** The open conversation's container: the first that shows a message (Gmail may keep other views around). */
const containerOf = (page: Document) => findAll(S.threadContainer, page).elements.find((candidate) => findOne(S.messageShown, candidate));

/** The conversation on screen, headers only; null when none is open. */
export function seeConversation(page: Document = document): SeenConversation | null {
  const container = containerOf(page);
  if (!container) return null;
  const language = page.documentElement.lang || 'en';
  const subject = findOne(S.threadSubject, container);
  const messages: ThreadMessage[] = [];
  const elements: HTMLElement[] = [];
  const seen = new Set<string>();
  for (const element of findAll(S.messageShown, container).elements) {
    const messageId = messageIdOf(element);
    // Nested matches (a fallback strategy can match an inner element) and drafts are skipped.
    if (!messageId || seen.has(messageId)) continue;
    seen.add(messageId);
    const header = readHeader(element, messageId, language);
    if (!header) continue;
    messages.push(header);
    elements.push(element);
  }
  if (messages.length === 0) return null;
  return {threadId: threadIdOf(subject), subject: subjectText(subject), messages, elements};
}

/** Whether a message's body is shown and loaded (only expanded messages have one; Gmail may show the frame of an
 * expanded message before its content). */
function loadedBody(element: HTMLElement): HTMLElement | null {
  const body = findOne(S.messageBody, element);
  return body !== null && (body.childElementCount > 0 || (body.textContent ?? '').trim() !== '') ? body : null;
}

const keyOf = (threadId: string | null, subject: string, messageId: string, open: boolean) => `${threadId ?? subject}|${messageId}|${open ? 'open' : 'collapsed'}`;

/**
 * The key of the conversation on screen without reading every header (what a rescan costs while nothing new is
 * shown): the thread, its newest message, and whether that one is open. Equal to conversationKey(seeConversation()).
 */
export function glanceConversation(page: Document = document): string | null {
  const container = containerOf(page);
  if (!container) return null;
  const elements = findAll(S.messageShown, container).elements;
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index]!;
    const messageId = messageIdOf(element);
    if (!messageId || !findOne(S.messageSender, element)?.getAttribute('email')?.includes('@')) continue;
    const subject = findOne(S.threadSubject, container);
    return keyOf(threadIdOf(subject), subjectText(subject), messageId, loadedBody(element) !== null);
  }
  return null;
}

/** The newest message shown, with its body when it is shown and loaded. */
function newest(seen: SeenConversation) {
  const index = seen.messages.length - 1;
  const element = seen.elements[index]!;
  return {message: seen.messages[index]!, element, body: loadedBody(element)};
}

/** What decides whether there is anything new to tell: the thread, its newest message, and whether its text is shown. */
export function conversationKey(seen: SeenConversation): string {
  const {message, body} = newest(seen);
  return keyOf(seen.threadId, seen.subject, message.messageId, body !== null);
}

/** The request for the background: every message shown, and the newest one's own words when they are on the page. */
export function readConversation(seen: SeenConversation): ThreadRead {
  const read: ThreadRead = {threadId: seen.threadId, subject: seen.subject, messages: seen.messages};
  const {message, element, body} = newest(seen);
  if (!body) return read;
  const text = readMessageText(body);
  if (!text) return read; // all of it quoted or trimmed: nothing the writer asks anew
  return {...read, latest: {messageId: message.messageId, text, hasAttachment: findAll(S.messageAttachment, element).elements.length > 0}};
}
