// Reading one compose surface: what kind it is, who it goes to, its subject and thread. Reads only; never writes.
import {closest, findAll, findOne, type SelectorDef} from '../shared/selector.ts';
import {gmailSelectors as S} from './selectors.ts';

export type ComposeKind = 'popup' | 'popout' | 'fullscreen' | 'inline';
export type RecipientField = 'to' | 'cc' | 'bcc';
export type ComposeRecipient = {email: string; name: string; field: RecipientField};

export type ComposeInfo = {
  /** Gmail's compose id, stable while the compose is open; null if Gmail stopped rendering it. */
  id: string | null;
  /** Gmail's draft id ("#msg-a:r-…"), unique per message. */
  draftId: string | null;
  kind: ComposeKind;
  subject: string;
  threadId: string | null;
  recipients: ComposeRecipient[];
  /** Which recipient UI this compose uses: both are live in 2026 (per account, per A/B test). */
  recipientUi: 'peoplekit' | 'classic' | 'none';
  /** Files attached (count only: their names are not read). */
  attachments: number;
};

/** Views of a window that holds only a compose: `cm` (compose mode) and `btop`, which independent sources report
 * for pop-outs (`?ui=2&view=btop`). */
const POPOUT_VIEWS = new Set(['cm', 'btop']);

/** A window of its own: its URL says so, or its body carries the classes InboxSDK detects a standalone compose by. */
function isStandaloneWindow(location: Pick<Location, 'search'>, body: Element | null): boolean {
  if (POPOUT_VIEWS.has(new URLSearchParams(location.search).get('view') ?? '')) return true;
  return body !== null && body.classList.contains('xE') && body.classList.contains('xp');
}

export function composeKind(root: Element, location: Pick<Location, 'search'> = window.location): ComposeKind {
  if (closest(S.fullscreenContainer, root)) return 'fullscreen';
  if (closest(S.replyArea, root)) return 'inline';
  if (isStandaloneWindow(location, root.ownerDocument.body)) return 'popout';
  return 'popup';
}

/** Gmail fills some hidden inputs late: before the first autosave the draft id is empty, "undefined" or "null". */
export function realId(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' || trimmed === 'undefined' || trimmed === 'null' ? null : trimmed;
}

/** The first usable value across a selector's strategies, in their order (not only the first strategy's). */
function firstValue(def: SelectorDef, root: Element, usable: (value: string) => boolean): string | null {
  for (const css of def.css) {
    for (const input of findAll<HTMLInputElement>({...def, css: [css]}, root).elements) {
      if (usable(input.value)) return input.value;
    }
  }
  return null;
}

function asField(name: string | null | undefined): RecipientField {
  return name === 'cc' || name === 'bcc' ? name : 'to';
}

/** "Sam Lee <sam@example.org>" or a bare address -> parts. Cut at the last "<" rather than matched by a pattern: a
 * lazy pattern over runs of spaces was quadratic, and the value is whatever the page put in the input. */
export function parseAddress(value: string): {name: string; email: string} {
  const trimmed = value.trim();
  const open = trimmed.lastIndexOf('<');
  if (open >= 0 && trimmed.endsWith('>')) {
    const email = trimmed.slice(open + 1, -1);
    if (email !== '' && !/[<>\s]/.test(email)) {
      const name = trimmed.slice(0, open).trim();
      const unquoted = name.length >= 2 && name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1).trim() : name;
      return {name: unquoted, email: email.toLowerCase()};
    }
  }
  return {name: '', email: trimmed.toLowerCase()};
}

export function readRecipients(root: Element): Pick<ComposeInfo, 'recipients' | 'recipientUi'> {
  const chips = findAll(S.recipientChip, root).elements;
  if (chips.length > 0) {
    const recipients = chips.map((chip) => ({
      email: (chip.getAttribute('data-hovercard-id') ?? '').toLowerCase(),
      name: chip.getAttribute('data-name') ?? '',
      field: asField(chip.closest('[name]')?.getAttribute('name')),
    }));
    return {recipients: recipients.filter((recipient) => recipient.email.includes('@')), recipientUi: 'peoplekit'};
  }
  const inputs = findAll<HTMLInputElement>(S.recipientClassic, root).elements;
  if (inputs.length > 0) {
    const recipients = inputs.map((input) => ({...parseAddress(input.value), field: asField(input.name)}));
    return {recipients: recipients.filter((recipient) => recipient.email.includes('@')), recipientUi: 'classic'};
  }
  return {recipients: [], recipientUi: 'none'};
}

export function readCompose(root: Element): ComposeInfo {
  const threadId = firstValue(S.threadId, root, (value) => realId(value) !== null);
  return {
    id: realId(findOne<HTMLInputElement>(S.composeId, root)?.value),
    draftId: realId(findOne<HTMLInputElement>(S.draftId, root)?.value),
    kind: composeKind(root),
    // What the user typed in the visible box, else the hidden canonical subject (inline replies hide the box).
    subject: firstValue(S.subject, root, (value) => value.trim() !== '') ?? '',
    threadId: threadId === null ? null : threadId.replace(/^#/, ''),
    ...readRecipients(root),
    attachments: findAll(S.attachment, root).elements.length,
  };
}
