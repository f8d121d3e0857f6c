// From a sent draft to what the store keeps: the commitments the analysis found, with their due instants.
import type {Commitment} from '../../nlp/index.ts';
import type {RequestOf} from '../../shared/messages.ts';
import type {SentCommitment, SentMail} from '../../shared/sent-mail.ts';
import {loadNlp} from './engine.ts';
import type {Unanswered} from '../../store/unanswered-nudges.ts';

/** The part of a `compose/sent` message that says what went out (one type: the message defines it). */
export type SentDraft = Pick<RequestOf<'compose/sent'>, 'draftId' | 'threadId' | 'subject' | 'sentAt' | 'input' | 'hasAttachment'>
  & Partial<Pick<RequestOf<'compose/sent'>, 'options'>>;

function toSentCommitment(commitment: Commitment): SentCommitment {
  const dueAt = commitment.due ? Date.parse(commitment.due.iso) : Number.NaN;
  return {
    sentence: commitment.text.trim(),
    action: commitment.action,
    owner: commitment.owner,
    ownerName: commitment.ownerName,
    dueAt: Number.isFinite(dueAt) ? dueAt : null,
    duePhrase: commitment.due?.phrase,
    vague: commitment.due?.vague ?? false,
  };
}

/** Sentences are cut from the text by the places the analysis gives; used to recognise deliveries, then dropped. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim()).filter(Boolean);
}

/** A request of the message answered that the sent reply neither answered nor dated, in the hint's own words. */
export type UnansweredRequest = Unanswered;

export async function toSentMail(draft: SentDraft): Promise<{mail: SentMail; unanswered: UnansweredRequest[]}> {
  const {analyze} = await loadNlp();
  const analysis = analyze({...draft.input, sentAt: new Date(draft.sentAt).toISOString()}, draft.options);
  const unanswered = analysis.hints.filter((hint) => hint.ruleId === 'require-answer-to-request')
    .map((hint) => ({fingerprint: hint.fingerprint, message: {ruleId: hint.ruleId, messageId: hint.messageId, args: hint.args, english: hint.message}}));
  const mail: SentMail = {
    draftId: draft.draftId,
    threadId: draft.threadId,
    subject: draft.subject,
    sentAt: draft.sentAt,
    recipients: (draft.input.recipients ?? []).map((recipient) => recipient.email),
    commitments: analysis.commitments.map(toSentCommitment),
    sentences: sentencesOf(draft.input.text),
    hasAttachment: draft.hasAttachment,
  };
  return {mail, unanswered};
}
