// The pre-parsed draft every rule receives: the original text (places point into it), the user's own zones,
// sentences with cached per-sentence analysis, recipients by tier, and the findings rules build on.
import type {Place} from './hint.ts';
import type {Commitment, DraftInput, Recipient, RecipientTier, Request} from './types.ts';
import {zone} from './zoning/index.ts';
import {splitSentences, isGreetingLine, type SentenceSpan} from './sentences.ts';
import {sentenceInfo, type SentenceCache, type SentenceInfo} from './sentence-info.ts';
import {matchAll, type PhraseMatch, type Token} from './text.ts';
import {detectLanguage} from './language.ts';
import {isBulk} from './bulk.ts';

export type Sentence = SentenceSpan & {index: number; info: SentenceInfo};

export type Draft = {
  text: string;
  input: DraftInput;
  subject: string;
  recipients: Recipient[];
  zones: Place[];
  sentences: Sentence[];
  /** Start of the user's own words: where whole-draft hints point. */
  origin: number;
  greeting?: Sentence;
  valediction?: Place;
  /** The writer's part ends with a sign-off, a name or a signature block. */
  signed: boolean;
  /** A reply or forward: a reply subject, a last received message, or quoted earlier mail in the text. */
  isReply: boolean;
  /** A mass mailing (newsletter, advert, notification): not a person writing to a person, so nothing to coach. */
  bulk: boolean;
  /** The writer answers between the lines of the quoted mail: some of their own words come after it begins. */
  interleaved: boolean;
  /** Going to the executive, one of their direct reports, or outside: where tone and dated promises weigh most. */
  upwardOrOutward: boolean;
  /** A new personal mail to someone outside (not a reply, not a list, more than a two-line note). */
  personalToOutsider: boolean;
  words: number;
  language: string;
  /** True when the draft was longer than the analysed part (huge pastes degrade, never throw). */
  truncated: boolean;
  commitments: Commitment[];
  requests: Request[];
  received: Request[];
  hasTier(tier: RecipientTier): boolean;
  /** Matches of a phrase regexp inside the user's sentences, with places in the original text. */
  findPhrases(re: RegExp): PhraseMatch[];
};

export const MAX_ANALYSED_CHARS = 1_200_000; // about 200,000 words: past this a paste is not a message to coach
// A personal mail: a note of fewer words reads fine bare, and more recipients make it an announcement.
const PERSONAL_MIN_WORDS = 25;
const PERSONAL_MAX_RECIPIENTS = 3;

export function splitUserText(text: string, cache?: SentenceCache): {
  sentences: Sentence[]; zones: Place[]; valediction?: Place; truncated: boolean; signed: boolean; quoted: boolean; earlierMessageAt: number;
} {
  const {zones, valediction, signed, quoted, earlierMessageAt} = zone(text);
  const sentences: Sentence[] = [];
  let budget = MAX_ANALYSED_CHARS;
  let truncated = false;
  for (const z of zones) {
    for (const span of splitSentences(text.slice(z.start, z.end), z.start)) {
      budget -= span.text.length;
      if (budget < 0) {
        truncated = true;
        break;
      }
      sentences.push({...span, index: sentences.length, info: sentenceInfo(span.text, cache)});
    }
    if (truncated) break;
  }
  const split = {sentences, zones, truncated, signed, quoted, earlierMessageAt};
  return valediction ? {...split, valediction} : split;
}

export function buildDraft(input: DraftInput, cache?: SentenceCache): Draft {
  const text = typeof input.text === 'string' ? input.text : '';
  const {sentences, zones, valediction, truncated, signed, quoted, earlierMessageAt} = splitUserText(text, cache);
  const recipients = Array.isArray(input.recipients) ? input.recipients : [];
  const tiers = new Set(recipients.map((r) => r.tier));
  const isReply = quoted || input.lastReceived !== undefined || /^\s*(?:re|aw|sv|fw|fwd|wg)\s?:/i.test(input.subject ?? '');
  const words = sentences.reduce((n, s) => n + s.info.tokens.length, 0);
  const first = sentences[0];
  const tokens: Token[] = [];
  for (const s of sentences) {
    for (const t of s.info.tokens) tokens.push(t);
    if (tokens.length > 400) break; // language needs a sample, not the whole paste
  }
  return {
    text,
    input,
    subject: input.subject ?? '',
    recipients,
    zones,
    sentences,
    origin: first?.place.start ?? zones[0]?.start ?? 0,
    ...(first && isGreetingLine(first.text) ? {greeting: first} : {}),
    ...(valediction ? {valediction} : {}),
    signed,
    isReply,
    // A note above a forwarded mailing is the writer's own: only their message, footers and all, can make it one.
    bulk: isBulk(text.slice(0, earlierMessageAt)),
    interleaved: sentences.some((s) => s.place.start > earlierMessageAt),
    upwardOrOutward: tiers.has('executive') || tiers.has('direct-report') || tiers.has('external'),
    personalToOutsider: tiers.has('external') && !isReply && words >= PERSONAL_MIN_WORDS && recipients.length <= PERSONAL_MAX_RECIPIENTS,
    words,
    language: detectLanguage(sentences.map((s) => s.text).join(' ').slice(0, 4000), tokens),
    truncated,
    commitments: [],
    requests: [],
    received: [],
    hasTier: (tier) => tiers.has(tier),
    findPhrases(re) {
      const found: PhraseMatch[] = [];
      for (const s of sentences) {
        let own = s.info.phrases.get(re);
        if (!own) s.info.phrases.set(re, (own = matchAll(re, s.text, 0)));
        for (const m of own) found.push({text: m.text, place: {start: m.place.start + s.place.start, end: m.place.end + s.place.start}});
      }
      return found;
    },
  };
}
