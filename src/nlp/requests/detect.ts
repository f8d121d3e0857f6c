// Does a sentence ask the reader to act, or propose something to do together? Structural cues (requests/cues.ts)
// plus sentence shape (questions, imperatives, the writer's own promise) weighed by a small linear model.
// The writer's own promises are commitments, not requests: the model sees them as a separate cue.
import type {Token} from '../text.ts';
import {isBaseVerb, isFirstName, isPastTense} from '../lexicons/sets.ts';
import {CUES, type CueName} from './cues.ts';
import {detectCommitment} from '../commitments/detect.ts';
import {DATE_CUE} from '../lexicons/time.ts';
import {isMassMailing, isNotAnAsk, isStrongAsk} from './not-asks.ts';
import weights from './weights.json' with {type: 'json'};

// A run of "?" counts by its first mark: "okay.???" is debris after a full stop, "Really???" a question.
// "Hi?(oF)" in a pasted weather table is a mis-decoded degree sign, not a question.
const QUESTION_MARK = /(?<![.,;:?])\?(?![\w=&(])/;
const QUOTATION = /["“][^"”]{0,300}["”]/g;
const QUESTION_OPENERS = new Set([
  'can', 'could', 'would', 'will', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'should', 'shall', 'have', 'has',
  'any', 'may', 'might', 'anything', 'thoughts', 'ok', 'okay', 'how', 'when', 'where', 'what', 'which', 'who', 'why',
  "what's", "where's", "who's", "how's", "when's",
]);
const ADDRESSEE = new Set(['you', 'your', 'u', 'we', 'us', 'our', "you're", "you've", "you'll", "you'd"]);
const FIRST = new Set(['i', "i'm", "i've", "i'll", "i'd", 'we', "we're", "we'll", "we've"]);
const SECOND = new Set(['you', 'your', 'u', "you're", "you've", "you'll", "you'd", 'yours']);
const PLURAL = new Set(['we', 'us', 'our', "we're", "we'll", "we've", "we'd"]);
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);
const SKIP_START = new Set(['so', 'and', 'but', 'also', 'then', 'just', 'only', 'now', 'oh', 'ok', 'okay', 'again', 'meanwhile', 'otherwise', 'please', 'kindly', 'yeah', 'yes', 'hey']);

// A meeting word counts only next to the people who would meet: "the call went well" proposes nothing.
const MEET_WORDS = /\b(?:meet(?=\s+(?:with|you|up|on|at|for|tomorrow|next|this\s+(?:week|afternoon|morning|evening|month)|today|in|again|soon|before|after))|meeting|call|discuss|talk|chat|lunch|dinner|coffee|drinks|catch\s+up)\b/i; // "meet this objective" is no meeting
// Acts that need the reader too: "I'll call you", "we should meet", "let's talk with you".
const JOINT_ACT = /\b(?:call|meet|see|visit|catch|join|ring|talk\s+(?:to|with)|speak\s+(?:to|with)|chat\s+with|meet\s+with)\s+(?:with\s+)?(?:you|u)\b|\bgive\s+(?:you|u)\s+a\s+(?:call|ring|buzz)\b|\bwe(?:\s+(?:will|can|could|should|shall|must)|['’]ll)\s+(?:have\s+to\s+|need\s+to\s+|also\s+)?(?:meet|talk|discuss|catch\s+up|get\s+together|speak|chat)\b/i;
const LOOK_FORWARD = /\blook(?:ing)?\s+forward\b/i; // looking forward to a meeting proposes nothing new
const PEOPLE = new Set(['you', 'your', 'u', 'we', 'us', "we're", "we'll", "you're", "you'll"]);
const SHAPES = ['meetUs', 'jointAct', 'question', 'questionOpener', 'questionAddressee', 'imperative', 'commitment', 'firstStart', 'long', 'exclamation', 'dateCue',
  'imperativeLink', 'imperativePromo', 'pleaseLink', 'secondPerson', 'firstPlural', 'short'] as const;
export const REQUEST_FEATURES = [...(Object.keys(CUES) as CueName[]), ...SHAPES];
export type RequestWeights = {bias: number; weights: Record<string, number>; threshold?: number};

/** "Send me the deck", "Dana, review this", "Also check with Tom": a base verb opening a clause. */
export function imperativeStart(tokens: Token[], text: string): boolean {
  let i = 0;
  while (i < tokens.length - 1 && SKIP_START.has((tokens[i] as Token).lower)) i++;
  const t0 = tokens[i];
  // "Dana, send me…", "Bob - please check…": a name and a comma or dash before the order.
  if (t0 && /^\s?[,:\-–]/.test(text.slice(t0.end, t0.end + 2)) && /^\p{Lu}/u.test(t0.text) && tokens.length > i + 1) i++;
  else {
    // "Per my last email, send it today": a short lead-in clause, then the order.
    // A lead-in of a few words, or a whole "when…" clause (not "if…": "If you'd like to stop these, visit…" waits on
    // the reader's wish): "When you get here Monday morning, come to…".
    const reach = /^(?:when|once|after|before|while)$/.test(tokens[i]?.lower ?? '') ? 12 : 6;
    const comma = tokens.findIndex((t, k) => k < reach && text[t.end] === ',');
    const after = tokens[comma + 1];
    const verbAt = after && /^(?:please|kindly)$/.test(after.lower) ? comma + 2 : comma + 1;
    const verbAfter = tokens[verbAt];
    if (comma >= 1 && verbAfter && isBaseVerb(verbAfter.lower) && !SUBJECTS.has(verbAfter.lower)) i = verbAt;
  }
  // After the name or lead-in: "Bob - Please check", "When done, please forward".
  while (i < tokens.length - 1 && /^(?:please|kindly|pls)$/.test((tokens[i] as Token).lower)) i++;
  const verb = tokens[i];
  if (!verb || !isBaseVerb(verb.lower)) return false;
  const next = tokens[i + 1]?.lower;
  // "Let me call him" is the writer's own plan; "Look forward to…", "Don't worry" are courtesies.
  // "Mark D. Davis, Jr.", "Mark Whitt, ENA": a first name before a name, not the verb "mark".
  if (next && /^\p{Lu}/u.test(verb.text) && isFirstName(verb.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return false;
  // "Have spoken with Brad": the writer's news with its "I" dropped, not an order.
  if (verb.lower === 'have' && next && isPastTense(next)) return false;
  // "Be back to you soon": the writer's promise with its "I" dropped; "Rest assured…" reassures.
  if ((verb.lower === 'be' && next === 'back') || (verb.lower === 'rest' && next === 'assured')) return false;
  // "Mark also said that…": a name, an adverb, then what he did.
  if (next && /^\p{Lu}/u.test(verb.text) && isFirstName(verb.text) && /^(?:also|just|already|still|never|then)$/.test(next) && isPastTense(tokens[i + 2]?.lower ?? '')) return false;
  // "Agree about liquidity.", "Agree with you there": the writer agreeing, with the "I" dropped.
  if (/^(?:agree|disagree|concur)$/.test(verb.lower) && /^(?:about|with|completely|totally|entirely|100)$/.test(next ?? '')) return false;
  if ((verb.lower === 'let' && next === 'me') || (verb.lower === 'look' && next === 'forward') || (verb.lower === "don't" && next === 'worry')) return false;
  // "Review meeting is at 3", "Call notes attached": the word is a noun subject here.
  if (next && /^(?:is|are|was|were|has|have|had|will|would|notes|meeting|went|looks|seems|of)$/.test(next)) return false; // "Update of /cvsroot/…"
  // "Mark joined the team", "Bill said": a name, not a verb. ("Send updated numbers" stays an imperative.)
  if (next && /^\p{Lu}/u.test(verb.text) && isFirstName(verb.text) && isPastTense(next)) return false;
  if (text[verb.end] === ':') return false;
  return tokens.length >= 2 || text.includes('!');
}

export function requestFeatures(text: string, tokens: Token[]): Uint8Array {
  const v = new Uint8Array(REQUEST_FEATURES.length);
  let i = 0;
  // Quoted words are someone else's: "\"Would you like fries with that\"… I practice" asks nothing.
  const own = text.replace(QUOTATION, '""');
  for (const re of Object.values(CUES)) v[i++] = re.test(own) ? 1 : 0;
  // "Schultes is unemployed.?": a mis-decoded space after a full stop, not a question; "?ID=" is part of a link.
  // "Section 6.3 states \"…plan?\"" asks nothing; nor does an aside, "flexible on size (100-500 MW?)".
  // Only a figure in brackets is an aside; "(and Bob, if he missed it?)" and "(?)" still ask.
  const question = QUESTION_MARK.test(text.replace(QUOTATION, '').replace(/\((?=[^()]*\d)[^()a-z]{0,40}\?\)/g, ''));
  const first = tokens[0]?.lower ?? '';
  const shape: Record<(typeof SHAPES)[number], boolean> = {
    meetUs: !LOOK_FORWARD.test(text) && MEET_WORDS.test(text) && tokens.some((t) => PEOPLE.has(t.lower)) && !tokens.slice(0, 4).some((t) => isPastTense(t.lower)),
    jointAct: JOINT_ACT.test(text),
    question,
    questionOpener: question && QUESTION_OPENERS.has(first),
    questionAddressee: question && tokens.some((t) => ADDRESSEE.has(t.lower)),
    imperative: !question && imperativeStart(tokens, text),
    commitment: detectCommitment(text, tokens) !== null,
    firstStart: FIRST.has(first),
    long: tokens.length > 30,
    exclamation: text.includes('!'),
    dateCue: DATE_CUE.test(text),
    // Pairs a linear model cannot form by itself: an imperative or "please" next to a link or an offer is
    // usually a mass mailing talking to no one, not a person asking the reader.
    imperativeLink: false, imperativePromo: false, pleaseLink: false,
    secondPerson: tokens.some((t) => SECOND.has(t.lower)),
    firstPlural: tokens.some((t) => PLURAL.has(t.lower)),
    short: tokens.length <= 5,
  };
  const link = CUES.link.test(text);
  shape.imperativeLink = shape.imperative && link;
  shape.imperativePromo = shape.imperative && CUES.promo.test(text);
  shape.pleaseLink = link && CUES.please.test(text);
  for (const name of SHAPES) v[i++] = shape[name] ? 1 : 0;
  return v;
}

export function requestLogit(v: Uint8Array, w: RequestWeights = weights as RequestWeights): number {
  let z = w.bias;
  for (let i = 0; i < REQUEST_FEATURES.length; i++) if (v[i]) z += w.weights[REQUEST_FEATURES[i] as string] ?? 0;
  return z;
}

const ASKS = ['question', 'modalYou', 'please', 'letMeKnow', 'youShould', 'needYou', 'together', 'imperative'].map((n) => REQUEST_FEATURES.indexOf(n as never));
const COMMITMENT = REQUEST_FEATURES.indexOf('commitment');
const IMPERATIVE = REQUEST_FEATURES.indexOf('imperative');
const MAILING = ['link', 'boilerplate', 'contactUs'].map((n) => REQUEST_FEATURES.indexOf(n as never));

/** The decision on a feature vector: the model's vote, except that a promise with no ask of its own is not a request. */
export function isRequestVector(v: Uint8Array, w: RequestWeights = weights as RequestWeights): boolean {
  // "I'll send the deck" and "I'll call you tomorrow" are the writer's promises: commitments, not asks of the reader.
  if (v[COMMITMENT] && !ASKS.some((i) => v[i])) return false;
  // An order or a please-order to one reader asks, whatever the mass mailings in the training data taught the
  // model: only a link or list boilerplate beside it makes it a mailing talking to no one ("deal" and "offer" are
  // everyday business words, so the promotion cue does not veto it).
  if (v[IMPERATIVE] && !MAILING.some((i) => v[i])) return true;
  return requestLogit(v, w) > (w.threshold ?? 0);
}

// "Please" opening a sentence or a clause asks the reader, whatever the verb ("Please, reschedule.", "…, but please
// keep me advised"), unless a link or list boilerplate beside it makes it a mailing talking to no one, or it waits
// on the reader's wish ("If you'd like to turn this off, please visit…"). Pointers ("please note", "please find
// attached") are announcements, caught before this; a mailing's instructions (visit, click, retain…) are left to
// the model.
const PLEASE_ASK = /(?:^\W*(?:(?:also|and|but|so|then|ok|okay|now)\W+)?(?:\p{Lu}[\p{L}'’.-]*\s*[,:–-]?\s*|(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’.-]*\s*[,:–-]\s*)?|(?:[,;:]|\s[-–—]+)\s*(?:(?:but|and|so|then)\s+)?|\s(?:but|and|so)\s+)(?:please|pls|kindly),?\s+(?!(?:note|find|visit|click|follow|refer|retain|save|familiari[sz]e|validate|browse|quote|ignore|press|copy|purchase|apply|log|download|read|move|excuse|forgive|pardon|do\s+not|don['’]t|be\s+(?:advised|aware|informed))\b)\p{L}/iu;
const WAITS_ON_READER = /^\W*(?:(?:also|and|but|so),?\s+)?(?:if|to|should|for)\b(?!\s+so\b)/i;
// A question a writer left without its mark: "Did Rob make a price on the ANP." ("Can I…" offers; not asked here.)
// Numbered questions too ("1) Do I have to go to Vancouver."), and "Would it be possible to add the prior day."
// "Also what are their next assignments." (twenty-first development sheet).
const UNMARKED_QUESTION = /^\W*(?:\d{1,2}[.)>]\s*)?(?:(?:[Dd]id|[Dd]o|[Dd]oes|[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill|[Hh]ave|[Hh]as)\s+(?:you|u|we|(?!I\b)\p{Lu}[\p{Ll}&]+|\p{Lu}{2,5}\b)|(?:[Aa]re|[Ww]ere)\s+(?:you|u)(?:\s+guys|\s+all)?|(?:[Dd]o|[Dd]id|[Ss]hould)\s+I|(?:[Ww]ould|[Cc]ould)\s+it\s+(?:be\s+)?possible|[Ii]s\s+it\s+(?:ok|okay|alright|all\s+right|possible)|(?:[Aa]re|[Ii]s)\s+(?:these|those|this|that)(?=[^?]*\b(?:you|your)\b)|(?:[Aa]lso,?\s+)?(?:[Ww]hat|[Ww]hen|[Ww]here|[Ww]hich|[Ww]ho)\s+(?:are|is|was|were|do|does|did|will|can)\s+(?:their|the|your|our|his|her|its|these|those|you|we)|(?:[Aa]lso,?\s+)?[Ww]hat['’]s\s+(?:your|the))\s+\p{Ll}+\b[^?]*\.\s*$/u;

// An item of a bulleted list: "- edit the blacklist", "* define a mailbox". Lists in mail are mostly features,
// steps and agenda points; an item asks only in so many words (please, you).
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s/;
const ASKS_IN_WORDS = /\b(?:please|pls|kindly|you|your|u)\b|\?/i;

// A short question typed in lower case without its mark, put to the reader: "are you still in tonight", "what time
// are you leaving today" (thirteenth final sheet, used for development after its figures were taken).
const BARE_QUESTION_TO_READER = /^\W*(?:(?:\p{Lu}\p{Ll}+,\s+)?(?:you|u|ya)(?:\s+guys)?\s+(?:still\s+)?(?:in\s+for|up\s+for|around|free|\p{Ll}{3,}ing\s+(?:tonight|today|tomorrow|this|on|to))\b|(?:\p{Lu}\p{Ll}+,\s+)?(?:you|u)\s+still\s+\p{Ll}+|(?:are|were|did|do|can|could|will|would|have)\s+(?:you|u)|(?:what|when|where|which|who|how)\s+(?:time\s+)?(?:are|were|did|do|can|will|would)\s+(?:you|u))\s+\p{L}[^.!?]*$/iu;

export function isRequest(text: string, tokens: Token[], w: RequestWeights = weights as RequestWeights): boolean {
  if (tokens.length === 0 || isNotAnAsk(text) || isMassMailing(text)) return false;
  if (LIST_ITEM.test(text) && !ASKS_IN_WORDS.test(text) && !UNMARKED_QUESTION.test(text)) return false;
  if (isStrongAsk(text) || tokens.length <= 15 && BARE_QUESTION_TO_READER.test(text.trim())) return true;
  const mailing = CUES.link.test(text) || CUES.boilerplate.test(text);
  if (!mailing && (PLEASE_ASK.test(text.replace(QUOTATION, '""')) && !WAITS_ON_READER.test(text) || tokens.length <= 25 && UNMARKED_QUESTION.test(text))) return true;
  return isRequestVector(requestFeatures(text, tokens), w);
}
