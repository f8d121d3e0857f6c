// Reading one compose surface: what kind it is, who it goes to, its subject and thread. Reads only; never writes.
import {closest, findAll, findOne} from '../shared/selector.ts';
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
};

export function composeKind(root: Element, location: Location = window.location): ComposeKind {
  if (closest(S.fullscreenContainer, root)) return 'fullscreen';
  if (closest(S.replyArea, root)) return 'inline';
  // A popped-out compose is a window of its own whose URL says view=cm (compose mode).
  if (new URLSearchParams(location.search).get('view') === 'cm') return 'popout';
  return 'popup';
}

function asField(name: string | null | undefined): RecipientField {
  return name === 'cc' || name === 'bcc' ? name : 'to';
}

/** "Sam Lee <sam@example.org>" or a bare address -> parts. */
export function parseAddress(value: string): {name: string; email: string} {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(value);
  if (match) return {name: match[1]!.trim(), email: match[2]!.toLowerCase()};
  return {name: '', email: value.trim().toLowerCase()};
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
  const value = (def: typeof S.subject | typeof S.composeId | typeof S.threadId | typeof S.draftId) =>
    findOne<HTMLInputElement>(def, root)?.value ?? null;
  return {
    id: value(S.composeId),
    draftId: value(S.draftId) || null,
    kind: composeKind(root),
    subject: value(S.subject) ?? '',
    threadId: value(S.threadId) || null,
    ...readRecipients(root),
  };
}
