// Every Gmail selector Rapport uses, in one place. Facts from shared research (research/dom.md, sections 1-2):
// `name=` form inputs and data attributes have survived for years; obfuscated classes (.M9, .T-I) break every few
// months, so each has a sturdier fallback. Localised text (aria-label "Message Body", "Send") is never load-bearing.
// Each selector lists the fixtures (tests/fixtures/gmail/) it must match and how many times, including 0 where it
// must not match; tests/unit/selectors.test.ts enforces them.
import type {SelectorDef} from '../shared/selector.ts';

const all = (...fixtures: Array<[number, string]>) => fixtures;

export const gmailSelectors = {
  /** Root of one compose surface: docked pop-up, pop-out, full screen, inline reply or forward. */
  composeRoot: {
    css: [
      'div.M9', // gmail.js api.dom.composes since 2016; InboxSDK finds inline composes by .M9 since 2025-09
      'div:has(> form input[name="composeid"])', // fallback on the stable hidden input, if the class is renamed
    ],
    about: 'each compose window or inline reply',
    fixtures: all([1, 'compose-popout.html'], [1, 'compose-fullscreen.html'], [0, 'inbox.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** The editable body. Scoped to a compose root when used; counted page-wide for health. */
  composeBody: {
    css: [
      'div[contenteditable="true"][g_editable="true"]', // Gmail's own editor flag (InboxSDK `.Ap [g_editable=true]`)
      'div[contenteditable="true"][role="textbox"]:not([id="subject"])', // gmail.js, minus Mixmax's subject (2022)
    ],
    about: 'the message body editor',
    fixtures: all([1, 'compose-popout.html'], [1, 'compose-fullscreen.html'], [0, 'inbox.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** Hidden, canonical subject (present in inline replies too, where the visible box is hidden). */
  subject: {
    css: ['input[name="subject"]', 'input[name="subjectbox"]'],
    about: 'the subject field',
    fixtures: all([1, 'compose-popout.html'], [1, 'compose-fullscreen.html'], [0, 'inbox.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** Stable identity of a compose (survives re-renders). */
  composeId: {
    css: ['input[name="composeid"]'],
    about: 'the compose id',
    fixtures: all([1, 'compose-popout.html'], [1, 'compose-fullscreen.html'], [0, 'inbox.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** Gmail's id of the draft (unique per message): what a sent mail's commitments and an Undo Send refer to. */
  draftId: {
    css: ['input[name="draft"]'],
    about: 'the draft id',
    fixtures: all([1, 'compose-popout.html'], [1, 'compose-fullscreen.html'], [0, 'inbox.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** The thread a reply belongs to. */
  threadId: {
    css: ['input[name="rt"]'],
    about: 'the thread id of a reply',
    fixtures: all([0, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [1, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** A recipient chip in the current "PeopleKit" UI (Oct 2021 on): address in data-hovercard-id. */
  recipientChip: {
    css: ['div[name="to"] [role="option"][data-hovercard-id], div[name="cc"] [role="option"][data-hovercard-id], div[name="bcc"] [role="option"][data-hovercard-id]'],
    about: 'recipient chips (current UI)',
    fixtures: all([1, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [3, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** A recipient in the classic UI: a hidden input valued "Name <email>" inside each .vR chip. */
  recipientClassic: {
    css: ['.vR > input[type="hidden"][name]', '.GS input[type="hidden"][name="to"], .GS input[type="hidden"][name="cc"], .GS input[type="hidden"][name="bcc"]'],
    about: 'recipient chips (classic UI)',
    fixtures: all([0, 'compose-popout.html'], [3, 'compose-fullscreen.html'], [0, 'inbox.html'], [1, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
  /** The main Send button (not "Send + archive", not the schedule drop-down). */
  sendButton: {
    css: [
      '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])', // InboxSDK, 2023-09
      'div.T-I.T-I-atl[role="button"]', // gmail.js, 2020-08
    ],
    about: 'the Send button',
    fixtures: all([1, 'compose-popout.html'], [1, 'compose-fullscreen.html'], [0, 'inbox.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** The reply area under each message of a thread; a compose inside one is an inline reply or forward. */
  replyArea: {
    css: ['div.ip'], // gmail.js and InboxSDK; gains .adB while a reply is open
    about: 'the reply area of a message in a thread',
    fixtures: all([0, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [1, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** The full-screen compose container. */
  fullscreenContainer: {
    css: ['.aSs .aSt'],
    about: 'the full-screen compose',
    fixtures: all([0, 'compose-popout.html'], [1, 'compose-fullscreen.html'], [0, 'inbox.html'], [0, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
  /** Parts of a body that are not the user's words: Gmail's quoted reply and the signature block. */
  notOwnWords: {
    css: ['.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix'],
    about: 'quoted text and signatures inside a draft',
    fixtures: all([0, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [2, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** One message of a thread; the one holding an inline reply is the message being answered. */
  threadMessage: {
    css: ['div.adn[data-message-id]', 'div.adn'],
    about: 'messages in a thread',
    fixtures: all([0, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [1, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** The body of a message in a thread (its hash-like second class was dropped from selectors in 2020). */
  messageBody: {
    css: ['div.ii.gt div.a3s', 'div.a3s'],
    about: 'message bodies in a thread',
    fixtures: all([0, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [1, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** "Schedule send" in the More send options menu: choosing it sends too (later). */
  scheduleSend: {
    css: ['[selector="scheduledSend"]'],
    about: 'the schedule-send menu item',
    fixtures: all([1, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [1, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
  /** Undo in Gmail's "Message sent" toast. */
  undoSend: {
    css: ['#link_undo'],
    about: 'Undo in the Message sent toast',
    fixtures: all([0, 'compose-popout.html'], [0, 'compose-fullscreen.html'], [0, 'inbox.html'], [0, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
} as const satisfies Record<string, SelectorDef>;

export type GmailSelectorName = keyof typeof gmailSelectors;
