// Finds promises of a future act in one sentence: "I'll send", "we will confirm", "let me check", "I can have it
// to you", "Jane will call you". Returns who (as written) and where the action starts; the engine resolves the
// owner against the executive's names and the due date against the reference time.
import type {Token} from '../text.ts';
import {isBaseVerb, isFirstName, isKnownWord} from '../lexicons/sets.ts';
import {stativeAfterModal} from '../lexicons/verbs.ts';
import {hedgedAfter, hedgedBefore, isStandingOffer} from './modality.ts';
import {DATE_CUE} from '../lexicons/time.ts';
import {detectAgentless} from './agentless.ts';

export type RawCommitment = {subject: string; subjectKind: 'me' | 'third'; subjectStart: number; actionStart: number};

const FIRST = new Set(['i', 'we']);
const CONTRACTED_FIRST = new Set(["i'll", "we'll", "i'm", "we're"]);
const THIRD_PRONOUNS = new Set(['he', 'she', 'they']);
const CONTRACTED_THIRD = new Set(["he'll", "she'll", "they'll"]);
const MODALS = new Set(['will', 'shall', 'can']);
// Not "expect": "I expect to match documents…" states an expectation.
const INTENT = new Set(['plan', 'intend', 'promise', 'aim', 'commit', 'undertake']);
const ADVERBS = new Set(['also', 'just', 'definitely', 'certainly', 'then', 'still', 'personally', 'happily', 'gladly', 'quickly', 'first', 'now', 'absolutely', 'surely', 'both', 'all']);
const STATIVE = new Set(stativeAfterModal);
const HAVE_OK = new Set(['to', 'ready', 'done', 'back', 'over', 'sent', 'finished', 'completed', 'signed', 'call', 'look', 'someone']);
const WRITER_START = new Set(["i'm", "i'd", "we're", "we'd", 'i', 'we']);
// "We got a memo today that Enron is giving … and will subsidize…": after "that", the "and will" is the memo's subject's.
const REPORTED_CLAUSE = new Set(['that', 'who', 'which']);
// "before I can book", "until we confirm": a clause that conditions something else, not a promise.
// Not "so": "…, so we'll give it a try" and "so I am going to show it as a demand charge" promise.
const SUBORDINATE = new Set(['before', 'until', 'till', 'unless', 'after', 'once', 'whether', 'than', 'because', 'since', 'that', 'what', 'how', 'where', 'which', 'who', 'whom', 'if', 'when', 'whenever', 'while']);
// Not "able": "we will be able to track down the virus" forecasts a capability.
// "following" only as "following up": "the levels we will be following today" describes.
// Not "attending", "working", "coming": "I will be attending meetings next week" tells the writer's schedule.
const BE_OK = new Set(['there', 'sure', 'happy', 'glad', 'sending', 'calling', 'talking', 'speaking', 'helping', 'modifying', 'updating', 'revising', 'fixing', 'correcting', 'adjusting', 'reaching', 'circulating', 'joining', 'bringing', 'handling', 'covering', 'preparing', 'arranging',
  'inviting', 'submitting', 'scheduling', 'organizing', 'organising', 'providing', 'distributing', 'forwarding', 'reviewing', 'contacting']);
// After a stative verb, the frames that still promise: a report owed ("tell you as soon as / when / more / about…",
// "tell him to call you") or a meeting kept ("see you on Tuesday", "see you for dinner", "see you at the meeting").
const TELLS = /^tell\s+(?:you|u|him|her|them)\s+(?:as\s+soon\s+as|when|once|more|about|if|whether|how|to\s+\w+)\b/i;
const MEETS = /^see\s+(?:you|u|ya|everyone|all\s+of\s+you)\s+(?:(?:on|at|for|in)\s+)?(?:the\s+|your\s+)?(\S+)/i;
const OCCASION = /^(?:lunch|dinner|breakfast|drinks|meeting|party|game|reception|conference|call|session|office)\b/i;
function tellsOrMeets(words: string): boolean {
  const meets = MEETS.exec(words);
  return TELLS.test(words) || meets !== null && !/^(?:later|soon|around|then|there)\b/i.test(meets[1]!) && (OCCASION.test(meets[1]!) || DATE_CUE.test(meets[1]!));
}
// A helper of the writer's, set to a task in "I'll have my assistant send it".
const HELPERS = /^(?:assistant|asst|secretary|team|staff|office|people|folks|group|admin|analyst|paralegal)$/;
// "I will have more updates tomorrow": "have" promises a deliverable with a day.
const DELIVERABLE = new Set(['position', 'positions', 'list', 'schedule', 'money', 'check', 'payment', 'tickets', 'update', 'updates', 'answer', 'answers', 'news', 'results', 'numbers', 'figures', 'draft', 'details', 'information', 'info', 'feedback', 'response', 'report', 'proposal', 'quote', 'quotes', 'it', 'them', 'something', 'more']);

function skipAdverbs(tokens: Token[], i: number): number {
  while (i < tokens.length && (ADVERBS.has((tokens[i] as Token).lower) || /ly$/.test((tokens[i] as Token).lower) && (tokens[i] as Token).lower.length > 4)) i++;
  return i;
}

/** Someone the writer can set to a task ("have Martha send it", "having folks get those"): a person, or a first name. */
function isDelegate(token: Token): boolean {
  return /^(?:him|her|them|folks|someone|somebody|people)$/.test(token.lower) || /^\p{Lu}\p{Ll}+$/u.test(token.text) && isFirstName(token.text);
}

/**
 * How many words name the one the writer sets to a task after "have": two for a full name ("I will have Tana Jones
 * draft an amendment") or a helper of the writer's ("I'll have my assistant send it"), else one.
 */
function delegateLength(rest: Token[]): 1 | 2 {
  const [a, b] = rest;
  if (!a || !b) return 1;
  if (/^(?:my|our)$/.test(a.lower) && HELPERS.test(b.lower)) return 2;
  const named = CAPITALISED.test(a.text) && (isDelegate(a) || !isKnownWord(a.text));
  return named && CAPITALISED.test(b.text) && !isBaseVerb(b.lower) ? 2 : 1;
}

/** Index of the action verb after a modal-like opener at `i`, or -1 when what follows is not a promised act. */
function actionAfter(tokens: Token[], i: number): number {
  i = skipAdverbs(tokens, i);
  let w = tokens[i]?.lower;
  if (w === 'try' && tokens[i + 1]?.lower === 'to') i = skipAdverbs(tokens, i + 2);
  if (w === 'make' && tokens[i + 1]?.lower === 'sure') return i;
  w = tokens[i]?.lower;
  if (w === undefined) return -1;
  // "I'll be in touch" promises; "I will be in Houston", "I'll be back on Monday" only inform.
  // "I will be attending the lunch on Wednesday" answers an invitation (final-13's missed list, re-read).
  if (w === 'be') return BE_OK.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'attending' && /^(?:the|your|\S+['’]s)\s+(?:\S+\s+){0,2}(?:lunch|luncheon|dinner|breakfast|meeting|party|reception|call|session|event|conference|presentation|seminar|workshop|celebration)\b/i.test(tokens.slice(i + 2, i + 6).map((x) => x.lower).join(' ')) || tokens[i + 1]?.lower === 'following' && tokens[i + 2]?.lower === 'up' || tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.lower === 'touch' ? i : -1;
  // "I'll have it to you by Friday" promises; "we will have plenty of options" only describes.
  // "We will have to wait and see": no act promised.
  if (w === 'have' && tokens[i + 1]?.lower === 'to' && /^(?:wait|see|decide|think|check)$/.test(tokens[i + 2]?.lower ?? '')) return -1;
  // "I will have to assign this to Scott", "so I will have to come to Calgary": a necessity foreseen, not an act
  // undertaken, unless it is done for the reader or by a day ("I'll have to check and get back to you Monday").
  if (w === 'have' && tokens[i + 1]?.lower === 'to') {
    const rest = tokens.slice(i + 2, i + 16).map((t) => t.text).join(' ');
    return /\b(?:you|your)\b/i.test(rest) || DATE_CUE.test(rest) ? actionAfter(tokens, i + 2) : -1;
  }
  if (w === 'have') {
    const rest = tokens.slice(i + 1, i + 9);
    // "I will have them executed", "I'll have Legale post the notice": the writer sees to it that it is done.
    const skip = delegateLength(rest) - 1;
    const [object, verb] = [rest[skip], rest[1 + skip]];
    // "I'll have folks get those and forward them": someone the writer will set to it.
    // "I will have TJ set up and Lloyd attend": initials name a person too.
    if (object && verb && (/^(?:it|this|that|these|those)$/.test(object.lower) || isDelegate(object) || skip > 0 || /^\p{Lu}{2}$/u.test(object.text) || /^\p{Lu}\p{Ll}+$/u.test(object.text) && !isKnownWord(object.text))
      && (/ed$/.test(verb.lower) && verb.lower.length > 4 || isBaseVerb(verb.lower) && !STATIVE.has(verb.lower) && object.lower !== 'it' && object.lower !== 'this' && object.lower !== 'that')) return i;
    // "I'll have the list soon", "We will have our gas position by point soon" (twentieth development sheet).
    const dated = rest.length > 0 && (DATE_CUE.test(rest.map((t) => t.text).join(' ')) || rest.some((t) => t.lower === 'soon' || t.lower === 'shortly'));
    // "I'll have it to you", "the draft to Mark": "to" hands something over; "we will have about 45,000/day to sell"
    // only says what there will be.
    const handed = (t: Token, k: number) => HAVE_OK.has(t.lower) && (t.lower !== 'to' || /^(?:you|u|them|him|her|us|\p{Lu}\p{Ll}+)$/u.test(rest[k + 1]?.text ?? ''));
    return rest.slice(0, 6).some(handed) || dated && rest.slice(0, 3).some((t) => DELIVERABLE.has(t.lower)) ? i : -1;
  }
  // "We will continue to need daily updates": a state, not an act.
  // "We will continue to keep you in our prayers", "I will continue to support you": loyalty, not a task.
  if (w === 'continue' && tokens[i + 1]?.lower === 'to' && (STATIVE.has(tokens[i + 2]?.lower ?? '') || /^(?:support|keep|value|enjoy|pray|count|stand|monitor|watch|track)$/.test(tokens[i + 2]?.lower ?? ''))) return -1;
  if (w === 'not' || w === 'never') return -1;
  // "I will tell you as soon as I'm told", "I'll see you for dinner": a report or a meeting owed; "I'll tell you, it
  // was hard" and "see you later" are turns of phrase (the misses of the judged sheets, re-read).
  if (STATIVE.has(w)) return tellsOrMeets(tokens.slice(i, i + 8).map((t) => t.text).join(' ')) ? i : -1;
  return i;
}

/**
 * "I can send it over tomorrow" offers an act with a time or for the reader; "I can successfully search with the
 * URL" states an ability. "Can" promises only with a date, or an act done to or for the reader.
 */
function canPromise(text: string, tokens: Token[], i: number): boolean {
  const rest = text.slice(tokens[i]?.start ?? text.length);
  // "I can process X GBs per hour" names a rate, not a time.
  const dated = DATE_CUE.test(rest.replace(/\b(?:per|an?|each|every)\s+(?:hour|minute|second|day|week|month)s?\b/gi, ''));
  return dated || /\b(?:you|your|over|across|along)\b/i.test(rest.slice(0, 80));
}

/** "Let me check" opens its clause; in "FJ let us work on it for 9 months" someone else let the writer do something. */
function clauseOpens(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const before = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  return /[,;:.!?-]/.test(before) || /^(?:and|so|but|then|just|please|ok|okay|sure|yes)$/.test(tokens[i - 1]!.lower);
}

/** "I should have it to you by Friday", "I should be able to send it": a promise; "I should have told you": not. */
function shouldPromise(tokens: Token[], i: number): number {
  const [a, b, c] = [tokens[i]?.lower, tokens[i + 1]?.lower, tokens[i + 2]?.lower];
  // "I should be able to send it to you Monday" promises; "so I should be able to draw on my power knowledge" guesses.
  if (a === 'be' && b === 'able' && c === 'to') {
    const rest = tokens.slice(i + 3, i + 14).map((t) => t.text).join(' ');
    return /\b(?:you|your)\b/i.test(rest) || DATE_CUE.test(rest) ? actionAfter(tokens, i + 3) : -1;
  }
  if (a !== 'have') return -1;
  const rest = tokens.slice(i + 1, i + 8).map((t) => t.lower).join(' ');
  // "…and should have something for you early next week": for the reader, with a day.
  return /\b(?:to you|over to|ready|back to you|done by|finished by|to them)\b/.test(rest) || /\bfor you\b/.test(rest) && DATE_CUE.test(tokens.slice(i + 1, i + 14).map((t) => t.text).join(' ')) ? i : -1;
}

// Acts a colleague or another party can be held to on the writer's word ("Mark will send you the contract");
// "John will be in Houston" or "they will announce results" are other people's plans, not promises to track.
const THIRD_PARTY_ACTS = new Set(['send', 'call', 'email', 'e-mail', 'forward', 'get', 'follow', 'review', 'prepare', 'provide',
  'confirm', 'schedule', 'arrange', 'contact', 'reach', 'circulate', 'share', 'deliver', 'draft', 'update', 'sign', 'bring',
  'pick', 'handle', 'take', 'look', 'check', 'reply', 'respond', 'ring', 'phone', 'fax', 'book', 'set', 'meet', 'join',
  'touch', 'let', 'give', 'walk', 'write', 'return', 'pass', 'submit', 'approve', 'draw', 'be', 'attend', 'verify', 'compile']);

const CLAUSE = /[;:]|,\s(?:and|but|so)\s|\s(?:and|but|so)\s(?=(?:i|we)\b)/gi;
const CLAUSE_OR_AND = /[;:]|,\s(?:and|but|so)\s|\s(?:and|but|so)\s(?=(?:i|we)\b)|\s(?:and|but|so)\s*$/gi;

/** Text of the clause that holds the subject at `start`, up to it: where beliefs and conditions are said. */
function clauseBefore(text: string, start: number): string {
  let from = 0;
  // "I will hopefully be in Calgary on Monday and will give you a call then": the hope is the first clause's, when the
  // "will" carries the writer over the "and" ("…let me know if HR can't, and I can get you a copy" stays one clause).
  const carried = /^(?:will|shall|should)\b/i.test(text.slice(start));
  for (const m of text.slice(0, start).matchAll(carried ? CLAUSE_OR_AND : CLAUSE)) from = m.index + m[0].length;
  return text.slice(from, start);
}

// A quotation inside the sentence: someone else's words, or a name ("the \"I'll try my damnest\" procedure").
const QUOTATION = /["“][^"”]{0,300}["”]/g;
// "John will join the Office of the Chairman as Chief Operating Officer": a post taken, announced.
const JOINS_POST = /^join\s+(?:[^.;]{0,60}\s)?as\s+(?:a|an|the|our|\p{Lu})|^join\s+(?:the|our|us\s+at)\s+(?:[^.;\s]+\s+){0,4}(?:team|office|company|group|firm|board|department|staff|practice)\b/iu;
// "Steve will take over from Beth as CIO", "Ann will succeed him": a post changing hands, announced (fifteenth
// development sheet).
const TAKES_POST = /^(?:take\s+over\b[^.;]{0,60}\bas\s+(?:a|an|the|our|\p{Lu})|succeed\s+(?:him|her|\p{Lu})|become\s+(?:the|our|a|an)\s+(?:new\s+)?(?:\p{Lu}|head|chief|director|manager|president|vice|ceo|cfo|coo|cio|chair))/iu;
// "I'd be happy to" offers; "I was so happy to get your email" looks back; "I know that you will be glad to…" is the
// reader's gladness (fifteenth final sheet, used for development after its figures were taken).
const NOT_OWN_GLADNESS = new Set(['would', "i'd", "we'd", 'was', 'were', 'been', 'you', 'he', 'she', 'they']);
// "Oh, Rob, I'm happy to do so!!": the writer's "I'm" right before, whatever opens the sentence (sixteenth
// development sheet).
function ownGladness(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower === 'so' || tokens[i - 1]?.lower === 'very' ? i - 2 : i - 1;
  return /^(?:i['’]m|we['’]re)$/.test(tokens[before]?.lower ?? '') || tokens[before]?.lower === 'am' && tokens[before - 1]?.lower === 'i';
}
// A blank or a box of a form ("_____ I will make my own arrangements"): an option to tick, not a promise.
const FORM_OPTION = /^\W*(?:_{3,}|\[\s?\]|\(\s?\))/;
const REPORTED = /[,.!?]["”]\s+(?:[^.!?"”]{0,80}\s)?(?:said|says|added|wrote|told|stated|noted|explained)\b/;

export function detectCommitment(text: string, tokens: Token[], names: ReadonlySet<string> = new Set()): RawCommitment | null {
  if (/\?\s*$/.test(text)) return null; // "Will I see you there?" asks, it does not promise
  // Reported speech: "…will become an agent of the police," Kenneth Roth said.
  if (REPORTED.test(text) || FORM_OPTION.test(text)) return null;
  const quoted = [...text.matchAll(QUOTATION)].map((m) => [m.index, m.index + m[0].length] as const);
  if (quoted.length > 0) {
    const found = detectCommitment(text.replace(QUOTATION, (m) => ' '.repeat(m.length)), tokens.filter((t) => !quoted.some(([a, b]) => t.start >= a && t.end <= b)), names);
    return found;
  }
  const found = detectSubjectPromise(text, tokens, names);
  if (found) return found;
  const agentless = isStandingOffer(text) ? null : detectAgentless(text, tokens);
  return agentless ? {subject: '', subjectKind: 'me', subjectStart: agentless.actionStart, actionStart: agentless.actionStart} : null;
}

// Verbs the lexicon files only as nouns, read as verbs after "going to"/"gonna": "we are going to work with Richard to
// be sure this cannot happen again" (missed on the thirteenth final sheet), "I'm going to help Dana", "…to finalize it".
// "Work" only with what follows a verb ("going to work tomorrow" is a commute, not a promise).
const VERB_AFTER_GOING_TO = new Set(['help', 'finalize', 'finalise', 'chase']);
function verbAfterGoingTo(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  if (isBaseVerb(word) || VERB_AFTER_GOING_TO.has(word)) return true;
  return word === 'work' && /^(?:on|with|out|through|together|closely|hard)$/.test(tokens[at + 1]?.lower ?? '');
}

/** "I'm having Martha email it to you": the writer has someone do it for the reader (thirteenth development sheet). */
function delegatedAt(tokens: Token[], at: number): number {
  const [having, who, verb] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  return having?.lower === 'having' && who && verb && isBaseVerb(verb.lower) && isDelegate(who) ? at : -1;
}

function detectSubjectPromise(text: string, tokens: Token[], names: ReadonlySet<string>): RawCommitment | null {
  // "Candy, we are working on a draft and should have…": the sentence's subject comes after the name it addresses.
  // "But we're still figuring and will get back to you": a conjunction opening the sentence is not its subject either.
  const opener = /^\W*\p{Lu}\p{Ll}+,/u.test(text) && tokens.length > 1 || /^(?:but|and|so|ok|okay|yes)$/.test(tokens[0]?.lower ?? '') ? 1 : 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = t.lower;
    const next = tokens[i + 1]?.lower;
    let at = -1;
    let kind: RawCommitment['subjectKind'] = 'me';
    if (CONTRACTED_FIRST.has(w)) {
      // "I'm also going to call Judy": an adverb before "going to".
      const g = w.endsWith("'ll") ? i + 1 : skipAdverbs(tokens, i + 1);
      at = w.endsWith("'ll") ? actionAfter(tokens, i + 1) : tokens[g]?.lower === 'going' && tokens[g + 1]?.lower === 'to' && verbAfterGoingTo(tokens, g + 2) ? actionAfter(tokens, g + 2)
        : next === 'gonna' && verbAfterGoingTo(tokens, i + 2) ? actionAfter(tokens, i + 2) : delegatedAt(tokens, i + 1);
    } else if (FIRST.has(w) && next !== undefined) {
      if (MODALS.has(next) && !(w === 'we' && next === 'can')) at = next === 'can' && !canPromise(text, tokens, i + 2) ? -1 : actionAfter(tokens, i + 2);
      else if ((next === 'am' || next === 'are') && tokens[i + 2]?.lower === 'going' && tokens[i + 3]?.lower === 'to' && verbAfterGoingTo(tokens, i + 4)) at = actionAfter(tokens, i + 4);
      // "i am gonna meet you guys out on thurs."
      else if ((next === 'am' || next === 'are') && tokens[i + 2]?.lower === 'gonna' && verbAfterGoingTo(tokens, i + 3)) at = actionAfter(tokens, i + 3);
      // "I am sending the revised agreement to you today": under way, with a day it is owed by.
      else if ((next === 'am' || next === 'are') && SENDS.test(tokens[i + 2]?.lower ?? '') && DATE_CUE.test(text.slice(tokens[i + 2]!.end).replace(/\bnow\b|\b(?:may|might)\s+\w+/gi, ''))) at = i + 2;
      else if ((next === 'am' || next === 'are') && tokens[i + 2]?.lower === 'having') at = delegatedAt(tokens, i + 2);
      else if (INTENT.has(next) && tokens[i + 2]?.lower === 'to') at = actionAfter(tokens, i + 3);
      else if (next === 'should') at = shouldPromise(tokens, i + 2); // "We should have your originals to you by next week"
    } else if (w === 'let' && (next === 'me' || next === 'us') && i + 2 < tokens.length && clauseOpens(text, tokens, i)) {
      // "Please let me or Don know of your comments" asks; only "let me" and a verb promises.
      at = tokens[i + 2]?.lower === 'know' || !isBaseVerb(tokens[i + 2]?.lower ?? '') ? -1 : actionAfter(tokens, i + 2);
    } else if ((w === 'happy' || w === 'glad') && next === 'to' && (i === 0 || WRITER_START.has(tokens[0]?.lower ?? '') || ownGladness(tokens, i)) && !tokens.slice(0, i).some((x) => NOT_OWN_GLADNESS.has(x.lower))) {
      at = actionAfter(tokens, i + 2);
    } else if (w === 'will' && next === 'do' && tokens.length <= 4) {
      at = i + 1;
    } else if ((w === 'will' || w === 'should') && tokens[i - 1]?.lower === 'and' && WRITER_START.has(tokens[opener]?.lower ?? '') && !tokens.slice(opener + 1, i - 1).some((x) => x.lower === 'you' || THIRD_PRONOUNS.has(x.lower) || CONTRACTED_THIRD.has(x.lower) || REPORTED_CLAUSE.has(x.lower))) {
      // "I am looking into prices and should have them to you by tonight", "I called and will do so again": the
      // writer's "I" carries over the "and".
      at = w === 'should' ? shouldPromise(tokens, i + 1) : actionAfter(tokens, i + 1);
    } else if (CONTRACTED_THIRD.has(w) || isThirdSubject(text, t, tokens, i, names)) {
      kind = 'third';
      const m = CONTRACTED_THIRD.has(w) ? i : modalAfterName(text, tokens, i);
      const modal = tokens[m]?.lower ?? '';
      if (CONTRACTED_THIRD.has(w)) at = actionAfter(tokens, i + 1);
      else if (modal === 'will' || modal === "'ll") at = actionAfter(tokens, m + 1);
      else if (modal === 'is' && tokens[m + 1]?.lower === 'going' && tokens[m + 2]?.lower === 'to') at = actionAfter(tokens, m + 3);
      // "She plans to call you with those names", "Mike McConnell plans to attend the meeting at 11:30".
      else if (modal === 'plans' && tokens[m + 1]?.lower === 'to') at = actionAfter(tokens, m + 2);
    }
    if (at < 0 || at >= tokens.length || negated(tokens, i) || SUBORDINATE.has(tokens[i - 1]?.lower ?? '')) continue;
    if (promisesNothing({text, tokens, names, t, i, at, kind})) continue;
    return {subject: kind === 'me' ? w : t.text.replace(/['’]ll$/i, ''), subjectKind: kind, subjectStart: t.start, actionStart: (tokens[at] as Token).start};
  }
  return null;
}

type Candidate = {text: string; tokens: Token[]; names: ReadonlySet<string>; t: Token; i: number; at: number; kind: RawCommitment['subjectKind']};

/**
 * A subject and a future act were found; true when the sentence still undertakes nothing the reader could hold the
 * writer to: a forecast, a courtesy, an offer, a hand-over, a schedule, a habit, someone else's plan (each judged so
 * on the real-mail sheets, docs/quality.md).
 */
function promisesNothing({text, tokens, names, t, i, at, kind}: Candidate): boolean {
  const w = t.lower;
  const next = tokens[i + 1]?.lower;
  const actionToken = tokens[at] as Token;
  const act = actionToken.lower;
  const fromSubject = text.slice(t.start);
  const action = text.slice(actionToken.start);
  const before = clauseBefore(text, t.start);
  const after = fromSubject.split(/[;]|\s(?:but|and)\s(?=if\b)/i)[0] ?? '';
  // "If you have any questions, I'll be happy to help" is a courtesy, not a promise to track.
  if (isStandingOffer(before + after)) return true;
  // "I'll be happy to look into it", "I can introduce you to my associate": offers, unless they name a day.
  if (OFFERED.test(fromSubject) && !DATE_CUE.test(fromSubject) || AVAILABLE.test(fromSubject)) return true;
  if (NO_ACT.test(action) || /^we(?:['’]ll|\s+will)\s+all\b/i.test(fromSubject)) return true;
  // "Joal thinks we should be able to do this by November": someone else's estimate of what can be done
  // (thirteenth final sheet, used for development after its figures were taken).
  if (/\b(?:thinks|believes|says|feels|estimates|expects|figures|guesses)\s+(?:that\s+)?$/i.test(before)) return true;
  // "Or you can give them to me and I'll fax them over": what the writer would do if the reader chose it.
  if (/\byou\s+(?:can|could|may)\b[^.;!?]{0,80}\band\s*$/i.test(before)) return true;
  // "I will modify it any way your heart desires": an open offer, nothing specific to hold the writer to.
  // "I'll gladly update these prices for you whenever you give me the word": on the reader's call, not owed yet.
  if (/\b(?:any\s?way|however|whatever|whenever)\s+(?:you|your)\b/i.test(after)) return true;
  // "…we will manage our own business when and if it makes sense": a stance, on a condition.
  if (/\b(?:when\s+and\s+if|if\s+and\s+when)\b/i.test(fromSubject)) return true;
  // "If he is interested, he will pass on your name": someone else's act, on their own condition.
  if (kind === 'third' && /\bif\s+(?:he|she|they|it)\s+(?:is|are|has|have|does|do|wants?)\b/i.test(before)) return true;
  // "I am happy to sign but I'm not technically in the chain anymore": willing, with a caveat that undoes it.
  if ((w === 'happy' || w === 'glad') && /\bbut\b/i.test(after)) return true;
  // "But, if I am still unattached, I will be there!": on a condition of the writer's own life, not an undertaking.
  if (/^\W*(?:but\W+)?if\s+(?:i|we)\s+(?:am|are|['’]m|['’]re|get|have)\b/i.test(before)) return true;
  // "If you join us for discussions, we will review Brent Price…": what happens if the reader comes, not an undertaking.
  if (/\bif\s+you\s+(?:join|come|attend|are\s+(?:there|here|able))\b/i.test(before)) return true;
  // "He will contact you should circumstances change", "I will be there in spirit only": nothing to hold anyone to.
  if (/\b(?:should|if)\s+(?:circumstances|anything|things|that)\s+change\b|\bin\s+spirit\b/i.test(after)) return true;
  // "If I get some free time I'll hack something together", "I'll try to help the best I can": no undertaking.
  if (/\bif\s+(?:i|we)\s+(?:get|have|find)\s+(?:some\s+|the\s+)?(?:free\s+|spare\s+)?(?:time|a\s+chance|a\s+minute)\b/i.test(before + after) || /\b(?:the|as)\s+best\s+(?:i|we)\s+can\b/i.test(after)) return true;
  // "I will go if I can", "I'm going to start calling you that if you don't shape up": no undertaking.
  if (/\b(?:if\s+(?:i|we)\s+can|if\s+you\s+(?:don['’]?t|do\s+not)|unless\s+you)\b/i.test(after)) return true;
  // "Let me know if HR can not produce that and I can get you a copy", "Anyone interested, give me a shout and I'll
  // put you in touch": offers on the reader's answer (fourteenth final sheet, used after its figures were taken).
  if (/\blet\s+(?:me|us)\s+know\s+if\b(?!\s+(?:this|that|it)\s+helps)|\b(?:any\s?one|any\s?body)\s+interested\b|\bgive\s+(?:me|us)\s+a\s+(?:shout|call|ring)\s+and\s*$/i.test(before)) return true;
  // "I'll try to attend, it is on the calendar": a hedged yes to an invitation, nothing to hold the writer to.
  if (/\btry\s+(?:to|and)\s*$/i.test(text.slice(0, actionToken.start)) && /^(?:attend|come|be\s+there|make\s+it|join\s+(?:you|us))\b/i.test(action)) return true;
  // "If I hear of anything I will let you know", "…and let you know if anything comes up": a standing offer, with
  // nothing yet to deliver (judged so on three sheets).
  if (/\bif\s+(?:i|we)\s+(?:hear|find|learn|come\s+across)\s+(?:of\s+|about\s+)?(?:anything|something)\b|\bif\s+(?:anything|something)\s+(?:comes?\s+up|changes|turns\s+up)\b/i.test(before + after)) return true;
  // "If you can't, we will try to get one of the neighbors": a fallback should the reader not, not owed yet.
  if (/^\W*(?:and\s+|but\s+)?if\s+(?:you|u)\s+(?:can['’]?t|cannot|don['’]?t|do\s+not|won['’]?t|aren['’]?t)\b/i.test(before)) return true;
  // A forecast, a hope or a guess is not an undertaking: "I don't think I will…", "we will probably…".
  if (hedgedBefore(before) || hedgedAfter(text.slice(t.end, actionToken.start).replace(/^['’]ll\b|^\s*(?:will|shall|can)\b/i, ''))) return true;
  if (kind === 'third' && !names.has(t.lower) && !THIRD_PARTY_ACTS.has(act)) return true;
  // "John will join the Office of the Chairman" announces a post; "Dana will join the call" is a promise.
  // "They will let you sell" permits; "they will let you know" promises.
  const after2 = tokens.slice(at + 1, at + 4).map((x) => x.lower).join(' ');
  if (kind === 'third' && (act === 'join' && JOINS_POST.test(action) || TAKES_POST.test(action))) return true;
  // "he'll let me know later today": the writer waits on him; nothing is owed to the reader.
  if (kind === 'third' && act === 'let' && !/^(?:you|us|them) know\b/.test(after2)) return true;
  // "We will celebrate Epiphany next Sunday", "we will begin promptly at 8": an event's schedule.
  if (w === 'we' && /^(?:begin|start|commence|celebrate|convene|reconvene|adjourn|gather|break|kick|resume|finish|end|close)$/.test(act)) return true;
  // "I will also check my email frequently": a habit, not an act the reader could hold the writer to.
  if (/\b(?:frequently|regularly|periodically|occasionally|constantly|daily|from\s+time\s+to\s+time)\b/i.test(action)) return true;
  // "Antia Luong will take Daniel's place in the group": a post taken, announced.
  if (kind === 'third' && act === 'take' && /^take\s+(?:over\s+as|(?:\S+\s+){0,2}(?:place|role|position|job|seat)\b)/i.test(action)) return true;
  // "He told me he will look into it": someone else's plan, reported.
  if (kind === 'third' && /\b(?:told|tells|said|says|mentioned|informed|promised|assured)\s+(?:me|us|him|her|them)?\s*(?:that\s+)?$/i.test(text.slice(0, t.start))) return true;
  // "I will leave it to you to determine": the decision handed over; "I will do all I can": a pledge, not an act.
  // "I'm going to leave the cosmetic issues to others", "I will defer to Diana": handing over is not taking on.
  if (act === 'leave' && /^leave\s+(?:[^.;,]{0,40}\s)?(?:up\s+)?to\s+(?:you|your|others|someone|somebody|them|him|her|\p{Lu}\p{Ll}+)\b/iu.test(action)) return true;
  if (act === 'defer' && /^defer\s+to\b/i.test(action)) return true;
  // "Come on over some time and we'll give you the grand tour": an open invitation, nothing to hold anyone to.
  if (/\bsome\s?time\b(?!\s+(?:next|this|today|tomorrow|tonight|on|in|before|by|during|early|late|after))/i.test(text) && !DATE_CUE.test(text)) return true;
  // "Let's try this, I will copy the contents here": done in this very mail.
  if (/^(?:copy|paste|include|list|put|reproduce|quote)\b[^.;]{0,40}\b(?:here|below|in\s+this\s+(?:e-?mail|message|note|mail))\b/i.test(action)) return true;
  // "They will follow with the power groups on Friday": the movers' schedule; "they will follow up" promises.
  if (kind === 'third' && act === 'follow' && tokens[at + 1]?.lower !== 'up') return true;
  if (act === 'do' && /^do\s+(?:all|everything|whatever|my\s+best|our\s+best|what\s+(?:i|we)\s+can)\b/i.test(action)) return true;
  // "I will look forward to seeing you", "I will keep you in my prayers": a sentiment, not an act.
  if (/^(?:look\s+forward|keep\s+(?:you|them|him|her)\s+in\s+(?:my\s+|our\s+)?(?:prayers?|thoughts))\b/i.test(action)) return true;
  // "Let us chat on the weekend if that works for you": a proposal to the reader (a request), not an undertaking.
  if (w === 'let' && next === 'us' && /^(?:chat|talk|meet|discuss|catch|speak|get|sit)$/.test(act)) return true;
  // "…must be preserved, or we'll lose it forever": a consequence, not a promise.
  if (tokens[i - 1]?.lower === 'or' && /,\s*or\s*$/i.test(text.slice(0, t.start))) return true;
  // "I plan to take the following vacation days": the writer's time off, not an act owed to anyone.
  if (act === 'take' && /\b(?:vacation|holiday|holidays|leave|off|sabbatical)\b/.test(tokens.slice(at + 1, at + 6).map((x) => x.lower).join(' '))) return true;
  // "Jacques will be in touch", "one of our recruiters will be in contact": for a third party, only that "be".
  // "Fran will be sending you a worksheet" is an act for the reader on the writer's word; "he will be attending" is not.
  if (kind === 'third' && act === 'be' && !/^be\s+(?:in\s+(?:touch|contact)|(?:sending|calling|forwarding|providing|contacting|e-?mailing|faxing|helping)\s+(?:you|your|over|along|those|these|them|it)\b)/i.test(action)) return true;
  return false;
}

// "I'll be happy to…", "I can introduce you…": the writer's offer on the reader's word.
const OFFERED = /^\S+\s+(?:(?:will|['’]ll|would|['’]d)\s+be\s+(?:happy|glad|pleased|delighted)\s+to|can\s+(?:also\s+)?(?!send|get|have|call)\w+)\b|^\S+['’]ll\s+be\s+(?:happy|glad|pleased|delighted)\s+to\b/i;
// "I can swirl other stuff for 10:00", "I can meet with you": availability, whatever the day; "I can send it over
// tomorrow" still promises a delivery.
const AVAILABLE = /^\S+\s+can\s+(?:also\s+)?(?!send|get|have|deliver|forward|e-?mail|fax|mail|bring)\w+/i;
// Acts that owe the reader nothing, each found judged so on the real-mail sheets (docs/quality.md).
const NO_ACT = new RegExp(`^(?:${[
  // Goodbyes, notes to self, figures of speech: "I'll catch you later man", "I'll put them in my address book", "I'll
  // spare you the details", "I'll put some thought into it", "we'll find out at this game", "I'll talk to you soon".
  String.raw`check\s+(?:my\s+)?(?:e-?mails?|messages|voice\s?mail)\b`, String.raw`catch\s+(?:you|ya|u)\s+later\b`, String.raw`put\s+(?:\w+\s+){0,2}in(?:to)?\s+my\b`,
  String.raw`put\s+(?:some|more|a\s+little)\s+thought`, String.raw`spare\s+(?:you|u)\b`, String.raw`take\s+(?:the\s+)?(?:blame|credit|heat|fall)\b`,
  String.raw`figure\s+(?:something|it)\s+out\W*$`, String.raw`get\s+to\s+the\s+point\b`, String.raw`(?:just\s+)?(?:note|mention|add|say|point\s+out)\s+that\b`,
  String.raw`(?:reserve|withhold|hold\s+(?:off\s+on\s+)?)\s*(?:my\s+)?judge?ment\b`, String.raw`think\s+about\s+it\b`,
  String.raw`find\s+out\b(?![^.;]*\b(?:you|let\s+you)\b)`, String.raw`(?:talk|speak|chat)\s+(?:to|with)\s+(?:you|u)\s+(?:soon|later|then)\W*$`,
  // The writer's own life: waiting, travel, outings, shopping, moods ("I'll continue waiting to buy a car", "I shall
  // take the bus Tuesday", "I will try to make it", "we'll go out and party", "I'll whine more later").
  String.raw`continue\s+(?:to\s+)?wait(?:ing)?\b`, String.raw`leave\s+(?:the\s+office|work|town|for)\b`, String.raw`return\s+to\s+(?!you\b|u\b)`,
  String.raw`wear\b`, String.raw`hit\s+the\b`, String.raw`move\s+up\b`, String.raw`eat\b`, String.raw`take\s+(?:a\s+|some\s+)?(?:day\s+)?trips?\b`, String.raw`take\s+(?:the|a)\s+(?:bus|train|plane|cab|taxi|shuttle|subway|metro)\b`, String.raw`make\s+it\W*$`,
  String.raw`go\s+\w+ing\b`, String.raw`buy\s+(?:a|an|myself|me)\b`, String.raw`(?:whine|complain|rant|vent)\b`, String.raw`(?:arrive|land|depart)\b`, String.raw`fly\b(?!\s+(?:you|u)\b)`,
  String.raw`hang\s+at\b`, String.raw`keep\s+(?:my|our|a|the)\s+(?:own\s+)?notes\b`, String.raw`stay\s+(?:downtown|home|at\s+home|overnight|the\s+night|in\s+town|late)\b`,
  String.raw`go\s+out\s+and\s+(?:party|celebrate|drink)\b`, String.raw`party\b`,
  // The twenty-first development sheet: a family outing, a reassurance, leaving a meeting early, coming back on a day,
  // a quick try done in the same mail ("I'll try it.").
  String.raw`take\s+(?:the\s+|my\s+|our\s+)?(?:kids|children|family|boys|girls|dogs?)\b`, String.raw`get\s+through\s+(?:this|it|that)\b`,
  String.raw`leave\s+(?:the\s+)?(?:\w+\s+)?(?:meeting|conference|offsite|off-site|session|party)\b`,
  String.raw`return\s+(?:on|at|by|in|next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`, String.raw`try\s+(?:it|that|this|them)\W*$`,
  // The twenty-second development sheet: a candidate dropped, a hope.
  String.raw`write\s+(?:\w+\s+)?off\b`, String.raw`keep\s+(?:my|our)\s+fingers\s+crossed\b`,
  String.raw`(?:try\s+to\s+)?(?:get\s+out\s+of\s+here|head\s+(?:out|home)|go\s+home|leave\s+(?:early|work))\b`,
  // Declining, outcomes, hedged tries and jokes: "I will pass for now", "Joe will get promoted", "I'll try in the
  // future", "I'll hold them for ransom", "or I'll beat you senseless", "we'll save you a seat".
  String.raw`pass(?:\s+(?:for\s+now|this\s+time|on\s+\w+))?\W*$`, String.raw`get\s+(?:promoted|paid|fired|hired|married|sick|better)\b`, String.raw`try\s+for\b`,
  String.raw`try\s+(?:in\s+the\s+future|next\s+time|harder)\b`, String.raw`go\s+from\s+there\b`, String.raw`hold\s+(?:\w+\s+){0,2}(?:for\s+ransom|hostage)\b`,
  String.raw`(?:beat|kill|strangle|murder|slap|smack|spank|punch|shoot)\s+(?:you|u|ya|him|her|them)\b`, String.raw`save\s+(?:you|u)\s+a\s+(?:seat|spot|place)\b`,
  // Money and prices: "I'll take your visa", "I'll take TCO pool at Index".
  String.raw`take\s+(?:(?:a|that|the|your)\s+)?(?:%|percent|cut|money|visa|mastercard|card|check|cash)\b`, String.raw`take\s+[^.;]{0,40}\bat\s+(?:index|\$?\d)`,
  // An out-of-office reply: "I will respond to your message when I return".
  String.raw`(?:respond|reply|get\s+back)\s+to\s+(?:your|all)\s+(?:\w+\s+)?(?:messages?|e-?mails?|mail)\s+(?:when|upon|once|after|as\s+soon\s+as)\s+(?:i|we)\s+(?:return|get\s+back|am\s+back|are\s+back)\b`,
].join('|')})`, 'i');
const SENDS = /^(?:sending|forwarding|mailing|faxing|e-?mailing|delivering|shipping|bringing|couriering)$/;
const COORDINATION = new Set(['and', 'then']);
const TO_READER = /^(?:e-?mail|call|write|ring|phone|text|update|tell|contact|get\s+back\s+to)\s+(?:you|u)\b/i;
const REPORTS_BACK = /^(?:get|come)\s+back\s+to\s+(?:you|them|him|her)|^(?:let|keep)\s+(?:you|them)\s+(?:know|posted)|^(?:revert|report\s+back|follow\s+up)/i;

/**
 * Every promise of a sentence: the first as detectCommitment finds it, then each coordinated one that shares its
 * subject ("I will review it on Monday and get back to you by Tuesday"): "and"/"then" followed by a base verb.
 */
export function detectCommitments(text: string, tokens: Token[], names: ReadonlySet<string> = new Set()): RawCommitment[] {
  const first = detectCommitment(text, tokens, names);
  if (!first) return [];
  const found = [first];
  const from = tokens.findIndex((t) => t.start === first.actionStart);
  for (let i = from + 1; i < tokens.length - 1; i++) {
    if (!COORDINATION.has((tokens[i] as Token).lower)) continue;
    let j = i + 1;
    if ((tokens[j] as Token).lower === 'then' || (tokens[j] as Token).lower === 'also') j++;
    const verb = tokens[j];
    // "Call them and discuss it" is one act; "review it on Monday and get back to you by Tuesday" is two, each with its
    // day (findings.ts tracks the sentence as one promise, owed when its last act is).
    const rest = text.slice(verb?.start ?? text.length);
    // "I will email you tomorrow morning and let you know": one promise, the e-mail is the letting know.
    const toReaderAlready = TO_READER.test(text.slice(first.actionStart));
    // "I'll look at these and get back to you": one promise, the looking is how; it splits only when the first act has
    // a day of its own (fifteenth development sheet: the same sentence tracked twice read as a duplicate).
    if (verb && isBaseVerb(verb.lower) && !STATIVE.has(verb.lower) && !(toReaderAlready && REPORTS_BACK.test(rest)) && DATE_CUE.test(text.slice(first.actionStart, verb.start))) {
      found.push({...first, actionStart: verb.start});
      i = j;
    }
  }
  return found;
}

/**
 * Where a named person's verb is: right after the name, or after an appositive between commas ("Susan Scott, Larry's
 * risk manager, will compile and send you a spreadsheet": missed on a judged sheet).
 */
function modalAfterName(text: string, tokens: Token[], i: number): number {
  if (!/^\s*,/.test(text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? text.length))) return i + 1;
  for (let j = i + 2; j < Math.min(tokens.length, i + 8); j++) {
    if (/,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return tokens[j]!.lower === 'will' ? j : i + 1;
  }
  return i + 1;
}

const CAPITALISED = /^(?:Mc|Mac)?\p{Lu}\p{Ll}+$/u; // "Edison", "McConnell"; not "SoCal"

function isThirdSubject(text: string, t: Token, tokens: Token[], i: number, names: ReadonlySet<string>): boolean {
  if (THIRD_PRONOUNS.has(t.lower)) return true;
  // A capitalised name: the executive's, one compromise knows, or a word no dictionary knows ("Priya", "Oksana"),
  // which in "<Word> will send…" is almost always a person; or any capitalised surname after a first name ("Andy
  // Edison", "Mike Day").
  const previous = tokens[i - 1];
  const surname = previous !== undefined && CAPITALISED.test(previous.text) && isFirstName(previous.text) && /^\s$/.test(text.slice(previous.end, t.start));
  const looksLikeName = CAPITALISED.test(t.text) && (names.has(t.lower) || isFirstName(t.text) || !isKnownWord(t.text) || surname);
  const modal = tokens[modalAfterName(text, tokens, i)];
  return looksLikeName && modal !== undefined && /^(?:will|is|plans)$/.test(modal.lower);
}

function negated(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    if (/^(?:not|never|won't|can't|cannot|don't|didn't)$/.test((tokens[j] as Token).lower)) return true;
    if ((tokens[j] as Token).lower === 'no' && tokens[j + 1]?.lower === 'longer') return true; // "we will no longer use packets"
  }
  return false;
}
