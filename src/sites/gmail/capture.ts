// What a redacted capture of Gmail holds (options page, Diagnostics): the compose being written, the focused one
// or else the first, with the window around it (title bar, Send row); an inline reply comes with the message it
// answers. Gmail renders its menus and dialogs (More send options, the schedule dialog and picker) at the end of the
// body, outside the compose: those are captured with it. With no compose open, the conversation on screen. Reads the
// page only.
import {closest, findAll} from '../shared/selector.ts';
import type {CaptureSpec} from '../shared/redact/page.ts';
import {composeKind} from './compose.ts';
import {gmailSelectors as S} from './selectors.ts';

const STYLESHEET = 'gmail.css';

/** Menus and dialogs Gmail hangs off the body: the send menu, the schedule dialog and its picker. */
const bodyLevelPopups = (page: Document, except: Element) =>
  [...page.querySelectorAll(':scope > body > [role="menu"], :scope > body > [role="dialog"]')].filter((element) => !element.contains(except));

export function gmailCapture(page: Document = document, location: Location = window.location): CaptureSpec | null {
  const composes = findAll(S.composeRoot, page).elements;
  const compose = composes.find((root) => root.contains(page.activeElement)) ?? composes[0];
  if (compose) {
    const kind = composeKind(compose, location);
    const window = kind === 'inline' ? closest(S.threadMessage, compose) ?? closest(S.replyArea, compose) : compose.closest('[role="dialog"]');
    const target = window ?? compose;
    return {site: 'gmail', view: `compose-${kind}`, targets: [target, ...bodyLevelPopups(page, target)], stylesheet: STYLESHEET};
  }
  // A capture is wanted most when Gmail has renamed the hooks: an editor in a dialog is still a compose window.
  const editors = [...page.querySelectorAll('[contenteditable="true"]')];
  const editor = editors.find((element) => element.contains(page.activeElement)) ?? editors[0];
  const unrecognised = editor?.closest('[role="dialog"]') ?? editor?.closest('[role="main"]');
  if (unrecognised) return {site: 'gmail', view: 'compose-unrecognised', targets: [unrecognised], stylesheet: STYLESHEET};
  const message = findAll(S.threadMessage, page).elements[0];
  if (!message) return null;
  return {site: 'gmail', view: 'thread', targets: [message.closest('[role="main"]') ?? message.parentElement ?? message], stylesheet: STYLESHEET};
}
