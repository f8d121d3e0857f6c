// Commitments and requests of a draft (and the requests of the last received message), with owners and due
// dates resolved against the send time, time zone and working hours. Rules read these; they never re-detect.
import type {Draft, Sentence} from './draft.ts';
import type {Commitment, Due, DraftInput, Owner, Request} from './types.ts';
import {DATE_CUE} from './lexicons/time.ts';
import {detectCommitments, type RawCommitment} from './commitments/detect.ts';
import {DEFAULT_HOURS, findDue, type DueContext, type DueFound, type WorkingHours} from './commitments/due.ts';
import {validTimeZone} from './commitments/time-zone.ts';
import {splitUserText} from './draft.ts';
import {LruCache} from './cache.ts';
import {nameGender} from './lexicons/sets.ts';
import {trimEndMatching} from './trim-end.ts';
import type {SentenceCache} from './sentence-info.ts';

export type FindingCaches = {sentences?: SentenceCache; due?: LruCache<string, DueFound | null>};
export const createDueCache = () => new LruCache<string, DueFound | null>(2000);

const YOU = new Set(['you', 'your', 'yours', "you're", "you'll", "you've"]);
// Words left dangling when the date is cut off the action: "send the deck by [Friday]".
const DANGLING = new Set(['and', 'then', 'by', 'to', 'on', 'before', 'until', 'till', 'at', 'in', 'for', 'as', 'first', 'thing', 'no', 'later', 'than', 'sometime', 'the', 'within']);

function trimAction(text: string): string {
  // Trimmed by hand: `replace(/[…]+$/, '')` is quadratic on a long run of punctuation (see trim-end.ts).
  let out = trimEndMatching(text, /[\s,;:.!?)(-]/);
  for (let i = 0; i < 8; i++) {
    const m = /\s(\S+)$/.exec(out);
    if (!m || !DANGLING.has((m[1] as string).toLowerCase())) break;
    out = trimEndMatching(out.slice(0, m.index), /[\s,;:-]/);
  }
  return out;
}

function dueContext(input: DraftInput): DueContext {
  const parsed = input.sentAt ? new Date(input.sentAt) : new Date();
  const valid = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  // Deadlines need no sub-minute precision, and a minute-stable reference lets re-checks reuse cached dates.
  const ref = new Date(Math.floor(valid.getTime() / 60000) * 60000);
  const h = input.workingHours;
  const hours: WorkingHours = h && typeof h.start === 'string' && typeof h.end === 'string' && Array.isArray(h.days) && h.days.length ? h : DEFAULT_HOURS;
  return {ref, timeZone: validTimeZone(input.timeZone), hours};
}

/** Lower-case first names, full names and mailbox names of the executive(s): "Jane", "jane doe", "jane.doe@x" → jane. */
export function executiveNameSet(names: readonly string[] = []): Set<string> {
  const set = new Set<string>();
  for (const raw of names) {
    if (typeof raw !== 'string') continue;
    const name = raw.toLowerCase().trim();
    const local = name.includes('@') ? (name.split('@')[0] ?? '') : name;
    for (const part of local.split(/[\s._-]+/)) if (part.length > 1) set.add(part);
  }
  return set;
}

function due(text: string, ctx: DueContext, caches: FindingCaches): DueFound | null {
  const key = `${ctx.ref.toISOString()}|${ctx.timeZone}|${ctx.hours.start}-${ctx.hours.end}-${ctx.hours.days.join('')}|${text}`;
  const hit = caches.due?.get(key);
  if (hit !== undefined) return hit;
  const found = findDue(text, ctx);
  caches.due?.set(key, found);
  return found;
}

const CLAUSE_BREAK = /[;:]|\s(?:and|but|so|then)\s|,\s(?=i\b|we\b|i['’]ll|we['’]ll)/gi;

function clauseStart(text: string, subjectStart: number): number {
  let start = 0;
  for (const m of text.slice(0, subjectStart).matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return start;
}

function commitmentsOf(s: Sentence, draft: Draft, names: Set<string>, key: string, ctx: DueContext, caches: FindingCaches, lastNamed: string | null): Commitment[] {
  // The raw promises depend on the sentence and the executive's names only (`key`): found once per sentence text.
  let raws = s.info.memo.get(key) as RawCommitment[] | undefined;
  if (!raws) s.info.memo.set(key, (raws = detectCommitments(s.text, s.info.tokens, names)));
  // Coordinated promises share the sentence: each owns the words up to the next one's verb, its date included.
  const found = raws.map((raw, index) => commitmentOf(s, raw, raws[index + 1]?.actionStart ?? s.text.length, index === 0, draft, names, ctx, caches, lastNamed));
  if (found.length < 2) return found;
  // One sentence is one thing to track: "I will review it on Monday and get back to you by Tuesday" is owed when the
  // last act is (the reader's answer on Tuesday), and its action reads whole. Two items for one sentence read as a
  // duplicate on every judged sheet (fifteenth to eighteenth development sheets).
  const last = [...found].reverse().find((c) => c.due) ?? found[0]!;
  const action = trimAction(s.text.slice(raws[0]!.actionStart).slice(0, 120)).slice(0, 100);
  return [{...found[0]!, action, due: last.due}];
}

function commitmentOf(
  s: Sentence, raw: RawCommitment, spanEnd: number, first: boolean, draft: Draft, names: Set<string>, ctx: DueContext,
  caches: FindingCaches, lastNamed: string | null,
): Commitment {
  // The date must sit in the promise's own clause: in "Jane is free on Tuesday; I will send an invitation" the
  // Tuesday is Jane's, not the invitation's.
  const clause = first ? clauseStart(s.text, raw.subjectStart) : raw.actionStart;
  const local = due(s.text.slice(clause, spanEnd), ctx, caches);
  const found = local ? {...local, index: local.index + clause} : null;
  let end = spanEnd;
  if (found && found.index > raw.actionStart) end = found.index;
  // "I'll send the deck; if you have questions, call me", "I'll request it, and here are the sheets": the promise
  // ends with its clause.
  const clauseEnd = s.text.slice(raw.actionStart, end).search(/;|\s(?:but|although|though)\s|,\s(?:and|but)\s(?!(?:then\s)?(?:i|we)\b)(?=\S+\s(?:is|are|was|were|here|there)\b)/);
  if (clauseEnd > 0) end = raw.actionStart + clauseEnd;
  const action = trimAction(s.text.slice(raw.actionStart, end).slice(0, 120)).slice(0, 100);
  const pronoun = /^(?:he|she)$/i.test(raw.subject);
  // "Jane is out until Monday. She'll call you then.": a he/she right after the executive is the executive.
  const clash = pronoun && lastNamed !== null && nameGender(lastNamed) === (/^she$/i.test(raw.subject) ? 'm' : 'f');
  const subject = pronoun && lastNamed && !clash ? lastNamed : raw.subject;
  const owner: Owner = raw.subjectKind === 'me' ? 'me' : names.has(subject.toLowerCase()) ? 'executive' : 'other';
  const counterparts = s.info.tokens.some((t) => YOU.has(t.lower)) ? draft.recipients.map((r) => r.name ?? r.email) : [];
  return {
    place: s.place,
    text: s.text,
    action,
    owner,
    ...(owner === 'me' ? {} : {ownerName: subject}),
    due: found?.due ?? null,
    ...(counterparts.length ? {counterparts} : {}),
  };
}

function requestOf(s: Sentence, ctx: DueContext, caches: FindingCaches): Request {
  return {place: s.place, text: s.text, deadline: due(s.text, ctx, caches)?.due ?? null};
}

// Sentences: a date further away in a long mail is about something else. A date in the promise's own sentence but
// outside its clause belongs to that other clause ("Jane is free on Tuesday; I will send an invitation").
const NEARBY = 1;

/**
 * A promise with no date in its own clause takes the date the mail gives nearby or in its subject: "I'll bring the
 * slides." after "See you tomorrow at 10:30." is due then. The date is marked as read from the mail.
 */
function dateFromMail(draft: Draft, ctx: DueContext, caches: FindingCaches): void {
  if (!draft.commitments.some((c) => !c.due)) return;
  const dated = new Map<number, Due>();
  for (const s of draft.sentences) {
    // A date asked of the reader ("send it back today") is theirs, not the writer's promise's.
    if (s.info.request || !DATE_CUE.test(s.text)) continue;
    const found = due(s.text, ctx, caches);
    if (found && !found.due.vague) dated.set(s.index, found.due);
  }
  const subject = DATE_CUE.test(draft.subject) ? due(draft.subject, ctx, caches) : null;
  const indexAt = new Map(draft.sentences.map((s) => [s.place.start, s.index]));
  draft.commitments = draft.commitments.map((c) => {
    if (c.due) return c;
    const at = indexAt.get(c.place.start) ?? 0;
    let nearest: Due | undefined;
    for (let d = 1; d <= NEARBY && !nearest; d++) nearest = dated.get(at + d) ?? dated.get(at - d);
    const chosen = nearest ?? (subject && !subject.due.vague ? subject.due : undefined);
    return chosen ? {...c, due: {...chosen, fromMail: true}} : c;
  });
}

/**
 * Three or more bare orders in a row, each on its own line ("Confirm purchases…", "Gather market information…",
 * "Start development of…") are a list of duties or plans, not asks of the reader: a job posting, a status report.
 */
function withoutLists(draft: Draft, requests: Request[]): Request[] {
  const bare = (r: Request) => /^\W*(?:[o•*-]\s+)?\p{Lu}\p{Ll}+\s/u.test(r.text) && !/\b(?:please|you|your|pls)\b|\?/i.test(r.text) && lineAlone(draft.text, r.place);
  const out: Request[] = [];
  for (let i = 0; i < requests.length;) {
    let j = i;
    while (j < requests.length && bare(requests[j]!)) j++;
    if (j - i >= 3) i = j;
    else {
      out.push(requests[i]!);
      i++;
    }
  }
  return out;
}

/**
 * A form the writer filled in ("Been to Europe? No", "Croutons or Bacon Bits? Bacon Bits"): three or more questions
 * answered on their own line ask the reader nothing (a chain survey made 23 false asks on the ninth final sheet).
 */
function withoutAnsweredQuestions(draft: Draft, requests: Request[]): Request[] {
  // The answer is short and ends its line: "Yes", "Sept 15", "Bacon Bits"; "I need it for Monday." explains an ask.
  const answered = (r: Request) => {
    const after = /^[ \t]*([^\s?][^\n?]{0,30})(?:\n|$)/.exec(draft.text.slice(r.place.end, r.place.end + 40));
    return /\?\s*$/.test(r.text) && !!after && after[1]!.trim().split(/\s+/).length <= 4 && !/[.!]\s*$/.test(after[1]!.trim());
  };
  const isAnswered = requests.map(answered);
  // A returned form ("Full Name: …", "Login ID: …", then "Do you have a PDA? If yes, what type…"): its blank prompts
  // ask nothing of the reader either (seven false asks in one mail on the sixteenth final sheet).
  // (The whole mail is read only when a request has a prompt's shape: not on every keystroke of an ordinary draft.)
  if (requests.some(isPrompt) && isReturnedForm(draft.text)) return requests.filter((r) => !isPrompt(r));
  return isAnswered.filter(Boolean).length >= 3 ? requests.filter((_, i) => !isAnswered[i]) : requests;
}

const isPrompt = (r: Request) => /\?\s*$|:\s*$/.test(r.text);
const FORM_FIELD = /^[ \t]*[A-Z][A-Za-z ./#-]{1,30}:[ \t]*\S[^\n]{0,40}$/gm;
const IF_YES = /^[ \t]*if\s+(?:yes|so|no),/im;

function isReturnedForm(text: string): boolean {
  if (!IF_YES.test(text)) return false;
  let fields = 0;
  for (const _ of text.matchAll(FORM_FIELD)) if (++fields >= 3) return true;
  return false;
}

// A point of a plain-text list: alone on its line, after a bullet ("o", "•", "-", or a "?" a lost bullet decoded to)
// or a mark ("a..", "b)", "3."), and ending its line, or where the splitter glued the next point's mark to it
// ("…transport transactions\n  b..": a pasted job posting, thirteenth development sheet).
const LIST_MARK_BEFORE = /(?:^|\n)[ \t>o•*?-]*(?:(?:[a-z]{1,2}\.{1,2}|\d{1,2}[.)]|[a-z]\))[ \t]+)?$/;
const NEXT_MARK_GLUED = /\n[ \t]*(?:[a-z]{1,2}\.{1,2}|\d{1,2}[.)])\s*$/;
const lineAlone = (text: string, place: {start: number; end: number}) =>
  LIST_MARK_BEFORE.test(text.slice(Math.max(0, place.start - 20), place.start))
  && (/^[ \t]*(?:\r?\n|$)/.test(text.slice(place.end, place.end + 20)) || NEXT_MARK_GLUED.test(text.slice(Math.max(place.start, place.end - 12), place.end)));

// A mail to more than this many people is a broadcast: its questions are reported or rhetorical, and none is an
// ask a single reader owes an answer to.
const BROADCAST = 10;

// In a broadcast, an instruction with a day still asks each reader: "Please update the worksheet by noon tomorrow".
const ASKS_EVERYONE = /\b(?:please|pls|kindly)\b|\b(?:you|each\s+of\s+you|everyone|all\s+of\s+you)\s+(?:need\s+to|must|should|are\s+required\s+to)\b/i;
const asksEveryone = (text: string) => ASKS_EVERYONE.test(text) && DATE_CUE.test(text);
// A company-wide list ("all.worldwide@", "everyone@", "all-staff@") is a broadcast however few addresses it takes;
// a project's mailing list ("users@flink.apache.org") is a conversation and is not one.
const COMPANY_WIDE = /^(?:all(?:[._-][a-z0-9]+)+|all(?:staff|employees|hands|users|company)|everyone|everybody)@/i;
const toCompany = (draft: Draft) => draft.recipients.some((r) => COMPANY_WIDE.test(r.email));
// To the whole company, the company speaks ("we plan to sell energy products to MG plc customers", "Enron will help
// producers"): its plans are announced, not promised to a reader. The writer's own "I will…" and a subjectless
// "Will keep you posted" are still theirs to keep; so is a team's "we will meet each day" to the ten people in it.
const companyVoice = (c: Commitment) => !/\bi\b|\bi['’](?:ll|m|d)\b|^\W*(?:will|shall)\b/i.test(c.text);

// "Gloria will let us know which contract to use", written to Gloria: a task handed to the reader, not a promise
// the writer can track (fifth final sheet, docs/quality.md). First names from the recipients' names and addresses.
function readerNames(draft: Draft): Set<string> {
  const names = draft.recipients.flatMap((r) => [r.name?.split(/\s+/)[0], r.email.split('@')[0]?.split(/[._-]/)[0]]);
  return new Set(names.filter((n): n is string => !!n && n.length > 1).map((n) => n.toLowerCase()));
}
const assignedToReader = (c: Commitment, readers: Set<string>) => c.owner === 'other' && !!c.ownerName && readers.has(c.ownerName.toLowerCase());

/** Fills draft.commitments, draft.requests and draft.received in place. */
export function addFindings(draft: Draft, caches: FindingCaches = {}): void {
  const company = toCompany(draft);
  const readers = readerNames(draft);
  const broadcast = company || draft.recipients.length > BROADCAST;
  const ctx = dueContext(draft.input);
  const names = executiveNameSet(draft.input.executiveNames);
  const memoKey = `commitments|${[...names].join(' ')}`;
  let lastNamed: string | null = null;
  for (const s of draft.sentences) {
    const found = commitmentsOf(s, draft, names, memoKey, ctx, caches, lastNamed);
    const named = s.info.tokens.find((t) => names.has(t.lower) && /^\p{Lu}/u.test(t.text));
    if (named) lastNamed = named.text;
    draft.commitments.push(...found.filter((c) => !(company && companyVoice(c)) && !assignedToReader(c, readers)));
    if (s.info.request && (!broadcast || asksEveryone(s.text))) draft.requests.push(requestOf(s, ctx, caches));
  }
  dateFromMail(draft, ctx, caches);
  draft.requests = withoutAnsweredQuestions(draft, withoutLists(draft, draft.requests));
  const last = draft.input.lastReceived;
  if (last && typeof last.text === 'string') {
    for (const s of splitUserText(last.text, caches.sentences).sentences) if (s.info.request) draft.received.push(requestOf(s, ctx, caches));
  }
}
