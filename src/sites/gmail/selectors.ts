// Every Gmail selector Rapport uses, in one place. Facts from shared research (research/dom.md, sections 1-2):
// `name=` form inputs and data attributes have survived for years; obfuscated classes (.M9, .T-I) break every few
// months, so each has a sturdier fallback. Localised text (aria-label "Message Body", "Send") is never load-bearing.
// Each selector lists the fixtures (tests/fixtures/gmail/) it must match and how many times, including 0 where it
// must not match; tests/unit/selectors.test.ts enforces them.
import type {SelectorDef} from '../shared/selector.ts';

const all = (...fixtures: Array<[number, string] | [number, string, number[]]>) => fixtures;

export const gmailSelectors = {
  /** Root of one compose surface: docked pop-up, pop-out, full screen, inline reply or forward. */
  composeRoot: {
    css: [
      'div.M9', // gmail.js api.dom.composes since 2016; InboxSDK finds inline composes by .M9 since 2025-09
      // Fallback on the stable hidden input, if the class is renamed: the compose's region holds a table whose cell
      // holds the form (InboxSDK page-parser: `div[role=region] > table > tbody > tr > td > form`).
      'div:has(> table form input[name="composeid"])',
    ],
    about: 'each compose window or inline reply',
    fixtures: all([1, 'compose-fullscreen.html', [1, 1]], [1, 'compose-popout.html', [1, 1]], [0, 'inbox.html', [0, 0]], [1, 'schedule-dialog.html', [1, 1]], [1, 'schedule-picker.html', [1, 1]], [0, 'thread-conversation-es.html', [0, 0]], [1, 'thread-conversation.html', [1, 1]], [0, 'thread-older-shape.html', [0, 0]], [2, 'thread-reply-and-compose.html', [2, 2]], [1, 'thread-reply-es.html', [1, 1]]),
    fallbacks: [{strategy: 1, strip: ['.M9']}],
  },
  /** The editable body. Scoped to a compose root when used; counted page-wide for health. */
  composeBody: {
    css: [
      'div[contenteditable="true"][g_editable="true"]', // Gmail's own editor flag (InboxSDK `.Ap [g_editable=true]`)
      'div[contenteditable="true"][role="textbox"]:not([id="subject"])', // gmail.js, minus Mixmax's subject (2022)
    ],
    about: 'the message body editor',
    fixtures: all([1, 'compose-fullscreen.html', [1, 1]], [1, 'compose-popout.html', [1, 1]], [0, 'inbox.html', [0, 0]], [1, 'schedule-dialog.html', [1, 1]], [1, 'schedule-picker.html', [1, 1]], [0, 'thread-conversation-es.html', [0, 0]], [1, 'thread-conversation.html', [1, 1]], [0, 'thread-older-shape.html', [0, 0]], [2, 'thread-reply-and-compose.html', [2, 2]], [1, 'thread-reply-es.html', [1, 1]]),
    fallbacks: [{strategy: 1, strip: ['[g_editable]']}],
  },
  /** The subject: the visible box first (what the user typed; gmail.js and InboxSDK read it), then the hidden
   * canonical input (present in inline replies too, where the box is hidden). compose.ts takes the first non-empty. */
  subject: {
    css: ['input[name="subjectbox"]', 'input[name="subject"]'],
    about: 'the subject field',
    fixtures: all([1, 'compose-fullscreen.html', [1, 1]], [1, 'compose-popout.html', [1, 1]], [0, 'inbox.html', [0, 0]], [1, 'schedule-dialog.html', [1, 1]], [1, 'schedule-picker.html', [1, 1]], [0, 'thread-conversation-es.html', [0, 0]], [1, 'thread-conversation.html', [1, 1]], [0, 'thread-older-shape.html', [0, 0]], [2, 'thread-reply-and-compose.html', [2, 2]], [1, 'thread-reply-es.html', [1, 1]]),
    fallbacks: [{strategy: 1, strip: ['[name="subjectbox"]']}],
  },
  /** Stable identity of a compose (survives re-renders). */
  composeId: {
    css: ['input[name="composeid"]'],
    about: 'the compose id',
    fixtures: all([1, 'compose-fullscreen.html'], [1, 'compose-popout.html'], [0, 'inbox.html'], [1, 'schedule-dialog.html'], [1, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [1, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** Gmail's id of the draft (unique per message): what a sent mail's commitments and an Undo Send refer to. Empty,
   * "undefined" or "null" until Gmail's first autosave (InboxSDK): compose.ts treats those as missing. */
  draftId: {
    css: ['input[name="draft"]'],
    about: 'the draft id',
    fixtures: all([1, 'compose-fullscreen.html'], [1, 'compose-popout.html'], [0, 'inbox.html'], [1, 'schedule-dialog.html'], [1, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [1, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [2, 'thread-reply-and-compose.html'], [1, 'thread-reply-es.html']),
  },
  /** The thread a reply belongs to: `lts` (InboxSDK, 2023-11), else `rm` (the message replied to, which names the
   * thread as well as Gmail needs), else gmail.js's `rt` (2019). compose.ts reads them in order, skipping placeholders. */
  threadId: {
    css: ['input[name="lts"]', 'input[name="rm"]', 'input[name="rt"]'],
    about: 'the thread id of a reply',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0, 0]], [0, 'compose-popout.html', [0, 0, 0]], [0, 'inbox.html', [0, 0, 0]], [0, 'schedule-dialog.html', [0, 0, 0]], [0, 'schedule-picker.html', [0, 0, 0]], [0, 'thread-conversation-es.html', [0, 0, 0]], [1, 'thread-conversation.html', [1, 1, 0]], [0, 'thread-older-shape.html', [0, 0, 0]], [1, 'thread-reply-and-compose.html', [1, 0, 1]], [1, 'thread-reply-es.html', [1, 1, 0]]),
    fallbacks: [{strategy: 1, strip: ['[name="lts"]']}, {strategy: 2, strip: ['[name="lts"]', '[name="rm"]']}],
  },
  /** A recipient chip in the current "PeopleKit" UI (Oct 2021 on): address in data-hovercard-id. */
  recipientChip: {
    css: ['div[name="to"] [role="option"][data-hovercard-id], div[name="cc"] [role="option"][data-hovercard-id], div[name="bcc"] [role="option"][data-hovercard-id]'],
    about: 'recipient chips (current UI)',
    fixtures: all([0, 'compose-fullscreen.html'], [1, 'compose-popout.html'], [0, 'inbox.html'], [1, 'schedule-dialog.html'], [1, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [0, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [3, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** A recipient in the classic UI: a hidden input valued "Name <email>" inside each .vR chip. */
  recipientClassic: {
    css: ['.vR > input[type="hidden"][name]', '.GS input[type="hidden"][name="to"], .GS input[type="hidden"][name="cc"], .GS input[type="hidden"][name="bcc"]'],
    about: 'recipient chips (classic UI)',
    fixtures: all([3, 'compose-fullscreen.html', [3, 3]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [0, 'thread-conversation-es.html', [0, 0]], [1, 'thread-conversation.html', [1, 1]], [0, 'thread-older-shape.html', [0, 0]], [1, 'thread-reply-and-compose.html', [1, 1]], [0, 'thread-reply-es.html', [0, 0]]),
    fallbacks: [{strategy: 1, strip: ['.vR']}],
  },
  /** The main Send button (not "Send + archive", not the schedule drop-down). */
  sendButton: {
    css: [
      '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])', // InboxSDK, 2023-09
      // gmail.js, 2020-08, minus what also carries the blue-button class: the More send options arrow (.hG, a popup
      // opener) and Send + archive (.Uo), which has its own selector.
      'div.T-I.T-I-atl[role="button"]:not(.hG):not(.Uo):not([aria-haspopup="true"])',
    ],
    about: 'the Send button',
    fixtures: all([1, 'compose-fullscreen.html', [1, 1]], [1, 'compose-popout.html', [1, 1]], [0, 'inbox.html', [0, 0]], [1, 'schedule-dialog.html', [1, 1]], [1, 'schedule-picker.html', [1, 1]], [0, 'thread-conversation-es.html', [0, 0]], [1, 'thread-conversation.html', [1, 1]], [0, 'thread-older-shape.html', [0, 0]], [2, 'thread-reply-and-compose.html', [2, 2]], [1, 'thread-reply-es.html', [1, 1]]),
    fallbacks: [{strategy: 1, strip: ['.Up']}],
  },
  /** "Send + archive", shown in replies when the user enabled it: it sends too (InboxSDK getSendAndArchiveButton). */
  sendAndArchive: {
    css: ['.IZ .Up div > div[role="button"].Uo:not([aria-haspopup="true"])', 'div.T-I.Uo[role="button"]'],
    about: 'the Send + archive button',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [0, 'thread-conversation-es.html', [0, 0]], [0, 'thread-conversation.html', [0, 0]], [0, 'thread-older-shape.html', [0, 0]], [1, 'thread-reply-and-compose.html', [1, 1]], [0, 'thread-reply-es.html', [0, 0]]),
    fallbacks: [{strategy: 1, strip: ['.Up']}],
  },
  /** A file attached to a compose: a hidden input holding the file's id before each file chip (read by extensions that
   * list compose attachments: `input[name="attach"]`, then a link with the name in .vI). A mail that attaches a file
   * can deliver what an earlier one promised. */
  attachment: {
    css: ['input[name="attach"]'],
    about: 'files attached to a compose',
    fixtures: all([1, 'compose-fullscreen.html'], [0, 'compose-popout.html'], [0, 'inbox.html'], [0, 'schedule-dialog.html'], [0, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [0, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [0, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
  /** The reply area under each message of a thread; a compose inside one is an inline reply or forward. */
  replyArea: {
    css: ['div.ip'], // gmail.js and InboxSDK; gains .adB while a reply is open
    about: 'the reply area of a message in a thread',
    fixtures: all([0, 'compose-fullscreen.html'], [0, 'compose-popout.html'], [0, 'inbox.html'], [0, 'schedule-dialog.html'], [0, 'schedule-picker.html'], [1, 'thread-conversation-es.html'], [2, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [1, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** The full-screen compose container. */
  fullscreenContainer: {
    css: ['.aSs .aSt'],
    about: 'the full-screen compose',
    fixtures: all([1, 'compose-fullscreen.html'], [0, 'compose-popout.html'], [0, 'inbox.html'], [0, 'schedule-dialog.html'], [0, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [0, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [0, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
  /** Parts of a body that are not the user's words: Gmail's quoted reply and the signature block. */
  notOwnWords: {
    css: ['.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix'],
    about: 'quoted text and signatures inside a draft',
    fixtures: all([0, 'compose-fullscreen.html'], [0, 'compose-popout.html'], [0, 'inbox.html'], [0, 'schedule-dialog.html'], [0, 'schedule-picker.html'], [2, 'thread-conversation-es.html'], [3, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [2, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** One message of a thread; the one holding an inline reply is the message being answered. */
  threadMessage: {
    css: ['div.adn[data-message-id]', 'div.adn'],
    about: 'messages in a thread',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [1, 'thread-conversation-es.html', [1, 1]], [2, 'thread-conversation.html', [2, 2]], [2, 'thread-older-shape.html', [2, 2]], [1, 'thread-reply-and-compose.html', [1, 1]], [2, 'thread-reply-es.html', [2, 2]]),
    fallbacks: [{strategy: 1, strip: ['[data-message-id]']}],
  },
  /** The body of a message in a thread (its hash-like second class was dropped from selectors in 2020). */
  messageBody: {
    css: ['div.ii.gt div.a3s', 'div.a3s'],
    about: 'message bodies in a thread',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [1, 'thread-conversation-es.html', [1, 1]], [2, 'thread-conversation.html', [2, 2]], [2, 'thread-older-shape.html', [2, 2]], [1, 'thread-reply-and-compose.html', [1, 1]], [2, 'thread-reply-es.html', [2, 2]]),
    fallbacks: [{strategy: 1, strip: ['.ii']}],
  },
  /** The open conversation: `.a98.iY` since 2023-11-16; before, `.if` (and briefly `.PeIF1d`, 2022-10) (InboxSDK
   * gmail-thread-view.ts, gmail.js view_thread `div.iY` / `.if`). Nothing is read outside it. */
  threadContainer: {
    css: ['div.a98.iY', 'div.if, div.PeIF1d'],
    about: 'the open conversation',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [1, 'thread-conversation-es.html', [1, 0]], [1, 'thread-conversation.html', [1, 0]], [1, 'thread-older-shape.html', [0, 1]], [1, 'thread-reply-and-compose.html', [1, 0]], [1, 'thread-reply-es.html', [1, 0]]),
    fallbacks: [{strategy: 1, strip: ['.a98']}],
  },
  /** The conversation's subject; it carries the legacy thread id (`data-legacy-thread-id`, 16 hex digits, the id a
   * reply's compose names in lts/rt) and, not always since 2025-11-25, `data-thread-perm-id`. Emoji are
   * `img[data-emoji]` inside it. */
  threadSubject: {
    css: ['h2.hP', '.ha h2'],
    about: 'the subject of the open conversation',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [1, 'thread-conversation-es.html', [1, 1]], [1, 'thread-conversation.html', [1, 1]], [1, 'thread-older-shape.html', [1, 1]], [1, 'thread-reply-and-compose.html', [1, 1]], [1, 'thread-reply-es.html', [1, 1]]),
    fallbacks: [{strategy: 1, strip: ['.hP']}],
  },
  /** Each message shown in a conversation, expanded or collapsed to its header: an expanded one is `.adn.ads`
   * (gmail.js opened_email), a collapsed one `.adf.ads` (InboxSDK reads a collapsed message's header there); both
   * carry `data-message-id` (a just-sent one may lack the legacy id). Only an expanded message has a body. */
  messageShown: {
    css: ['div.ads[data-message-id]', 'div[data-message-id]'],
    about: 'messages shown in a conversation, expanded or collapsed',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [3, 'thread-conversation-es.html', [3, 3]], [4, 'thread-conversation.html', [4, 4]], [2, 'thread-older-shape.html', [2, 2]], [1, 'thread-reply-and-compose.html', [1, 1]], [2, 'thread-reply-es.html', [2, 2]]),
    fallbacks: [{strategy: 1, strip: ['.ads']}],
  },
  /** Who wrote a message: `span.gD[email][name]` (gmail.js), else any `span[email]` in the sender cell (InboxSDK). */
  messageSender: {
    css: ['span.gD[email]', 'td.gF span[email]'],
    about: 'the sender of each message shown',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [3, 'thread-conversation-es.html', [3, 3]], [4, 'thread-conversation.html', [4, 4]], [2, 'thread-older-shape.html', [0, 2]], [1, 'thread-reply-and-compose.html', [1, 1]], [2, 'thread-reply-es.html', [2, 2]]),
    fallbacks: [{strategy: 1, strip: ['.gD']}],
  },
  /** When a message was sent: the `title` of `span.g3` holds the full date in the UI's language (InboxSDK
   * getDateString, gmail.js timestamp); the visible text may be "8:30 AM (2 hours ago)". */
  messageDate: {
    css: ['span.g3[title]', 'td.gH span[title]'],
    about: 'the date of each message shown',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [3, 'thread-conversation-es.html', [3, 3]], [4, 'thread-conversation.html', [4, 4]], [2, 'thread-older-shape.html', [2, 2]], [1, 'thread-reply-and-compose.html', [1, 1]], [2, 'thread-reply-es.html', [2, 2]]),
    fallbacks: [{strategy: 1, strip: ['.g3']}],
  },
  /** To and Cc of an expanded message, as far as the header shows them: `span.g2[email]` (gmail.js) inside `.hb`,
   * else any `span[email]` in `.hb` (InboxSDK getRecipients). */
  messageRecipient: {
    css: ['span.g2[email]', '.hb span[email]'],
    about: 'recipients of each expanded message',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [1, 'thread-conversation-es.html', [1, 1]], [3, 'thread-conversation.html', [3, 3]], [2, 'thread-older-shape.html', [0, 2]], [1, 'thread-reply-and-compose.html', [1, 1]], [2, 'thread-reply-es.html', [2, 2]]),
    fallbacks: [{strategy: 1, strip: ['.g2']}],
  },
  /** What in a received message's body is not its writer's new words: quoted history (`.gmail_quote`, any
   * `blockquote`), signatures the page marks, Gmail's trimmed content (`.adL`) and its toggle (`.ajU`/`.ajV`, the
   * "Show trimmed content" button `.ajR`; trimless-gmail), and quoted lines Gmail colours (`.im`). */
  receivedNotOwnWords: {
    css: ['.gmail_quote, blockquote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .adL, .ajU, .ajV, .im'],
    about: 'quoted history, signatures and trimmed content in received messages',
    fixtures: all([0, 'compose-fullscreen.html'], [0, 'compose-popout.html'], [0, 'inbox.html'], [0, 'schedule-dialog.html'], [0, 'schedule-picker.html'], [4, 'thread-conversation-es.html'], [5, 'thread-conversation.html'], [1, 'thread-older-shape.html'], [2, 'thread-reply-and-compose.html'], [2, 'thread-reply-es.html']),
  },
  /** A file attached to a received message: the cards in its attachment area (gmail.js `div.hq.gt div.aQH
   * span.aZo`; InboxSDK's area `.hq`). */
  messageAttachment: {
    css: ['div.hq span.aZo', 'div.aQH span.aZo'],
    about: 'files attached to a message in a conversation',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [0, 'schedule-picker.html', [0, 0]], [0, 'thread-conversation-es.html', [0, 0]], [1, 'thread-conversation.html', [1, 1]], [0, 'thread-older-shape.html', [0, 0]], [0, 'thread-reply-and-compose.html', [0, 0]], [0, 'thread-reply-es.html', [0, 0]]),
    fallbacks: [{strategy: 1, strip: ['.hq']}],
  },
  /** "Schedule send" in the More send options menu: it only opens the schedule dialog; nothing is sent yet. */
  scheduleSend: {
    css: ['[selector="scheduledSend"]'],
    about: 'the schedule-send menu item',
    fixtures: all([0, 'compose-fullscreen.html'], [1, 'compose-popout.html'], [0, 'inbox.html'], [0, 'schedule-dialog.html'], [0, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [0, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [1, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
  /** A preset time in the schedule dialog ("Tomorrow morning  Dec 4, 8:00 AM"): choosing one schedules the mail.
   * Shape from an extension that extends this menu (gmail-schedule-send-enhancer, 2025): `.ZkmAeb[role=menu]`,
   * presets `.Az[role=menuitem]` with the time in `.Ay`; "Pick date & time" is `.AM` and only opens a picker. */
  scheduleOption: {
    css: ['.ZkmAeb[role="menu"] .Az[role="menuitem"]', '[role="dialog"] [role="menu"] [role="menuitem"]:has(.Ay)'],
    about: 'a preset time in the schedule-send dialog',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [3, 'schedule-dialog.html', [3, 3]], [0, 'schedule-picker.html', [0, 0]], [0, 'thread-conversation-es.html', [0, 0]], [0, 'thread-conversation.html', [0, 0]], [0, 'thread-older-shape.html', [0, 0]], [0, 'thread-reply-and-compose.html', [0, 0]], [0, 'thread-reply-es.html', [0, 0]]),
    fallbacks: [{strategy: 1, strip: ['.ZkmAeb']}],
  },
  /** The picker's date and time inputs (same source: `input[jsname="YPqjbf"]`, labelled Date and Time). */
  scheduleInput: {
    css: ['[role="dialog"] input[jsname="YPqjbf"]'],
    about: 'the date and time inputs of the schedule picker',
    fixtures: all([0, 'compose-fullscreen.html'], [0, 'compose-popout.html'], [0, 'inbox.html'], [0, 'schedule-dialog.html'], [2, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [0, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [0, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
  /** The picker's confirming "Schedule send" button. Unconfirmed on the live site beyond the dialog's inputs: the
   * Material dialog's OK action, else the last button of the dialog holding the picker (Google puts the primary
   * action last). A miss shows in diagnostics and tracks nothing rather than tracking a cancel. */
  scheduleConfirm: {
    css: [
      '[role="dialog"]:has(input[jsname="YPqjbf"]) button[data-mdc-dialog-action="ok"]',
      '[role="dialog"]:has(input[jsname="YPqjbf"]) button:not([data-mdc-dialog-action="cancel"]):last-of-type',
    ],
    about: 'the Schedule send button of the date picker',
    fixtures: all([0, 'compose-fullscreen.html', [0, 0]], [0, 'compose-popout.html', [0, 0]], [0, 'inbox.html', [0, 0]], [0, 'schedule-dialog.html', [0, 0]], [1, 'schedule-picker.html', [1, 1]], [0, 'thread-conversation-es.html', [0, 0]], [0, 'thread-conversation.html', [0, 0]], [0, 'thread-older-shape.html', [0, 0]], [0, 'thread-reply-and-compose.html', [0, 0]], [0, 'thread-reply-es.html', [0, 0]]),
    fallbacks: [{strategy: 1, strip: ['[data-mdc-dialog-action]']}],
  },
  /** Undo in Gmail's "Message sent" toast. */
  undoSend: {
    css: ['#link_undo'],
    about: 'Undo in the Message sent toast',
    fixtures: all([0, 'compose-fullscreen.html'], [0, 'compose-popout.html'], [1, 'inbox.html'], [0, 'schedule-dialog.html'], [0, 'schedule-picker.html'], [0, 'thread-conversation-es.html'], [0, 'thread-conversation.html'], [0, 'thread-older-shape.html'], [0, 'thread-reply-and-compose.html'], [0, 'thread-reply-es.html']),
  },
} as const satisfies Record<string, SelectorDef>;

export type GmailSelectorName = keyof typeof gmailSelectors;
