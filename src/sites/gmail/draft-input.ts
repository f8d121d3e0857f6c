// What the analysis needs about a compose, from the page and the user's settings: the text, who it goes to and
// how each recipient stands to the EA, the thread's last received message, the clock and working hours.
import type {DraftInput, Recipient} from '../../nlp/index.ts';
import type {Settings} from '../../settings/settings.ts';
import {effectiveTimeZone} from '../../settings/settings.ts';
import {recipientTier} from '../../settings/tiers.ts';
import {closest, findOne} from '../shared/selector.ts';
import type {ComposeInfo} from './compose.ts';
import {gmailSelectors as S} from './selectors.ts';
import {readDraftText} from './draft-text.ts';

export function recipientsWithTiers(info: ComposeInfo, settings: Settings): Recipient[] {
  return info.recipients.map((recipient) => ({
    email: recipient.email,
    name: recipient.name || undefined,
    tier: recipientTier(recipient.email, settings.people),
  }));
}

/** The message an inline reply answers: the thread message that holds the reply area. */
export function lastReceivedText(root: Element): {text: string; from?: string} | undefined {
  const message = closest(S.threadMessage, root);
  if (!message) return undefined;
  const body = findOne(S.messageBody, message);
  // Read like a draft (line breaks kept, quoted history left out), so its requests split into sentences.
  const text = body ? readDraftText(body).text.trim() : '';
  if (!text) return undefined;
  const sender = message.querySelector('[email]');
  return {text: text.slice(0, 20_000), from: sender?.getAttribute('name') || sender?.getAttribute('email') || undefined};
}

export function buildDraftInput(text: string, info: ComposeInfo, settings: Settings, root: Element): DraftInput {
  return {
    text,
    subject: info.subject,
    recipients: recipientsWithTiers(info, settings),
    lastReceived: info.kind === 'inline' ? lastReceivedText(root) : undefined,
    sentAt: new Date().toISOString(),
    timeZone: effectiveTimeZone(settings),
    workingHours: settings.workingHours,
    executiveNames: settings.people.executives.flatMap((person) => [person.name, person.email]).filter(Boolean),
  };
}
