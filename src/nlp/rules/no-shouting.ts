import {defineRule} from '../rule.ts';
import {COMPLAINT} from '../lexicons/complaint.ts';
import type {Draft, Sentence} from '../draft.ts';
import type {Place} from '../hint.ts';
import {matchAll, type Token} from '../text.ts';
import {capitalRuns, isEmphatic, isHeadingOrLabel, isThanksOrPraise, letterCase, mostlyCapitals, type CapitalRun} from './shouting/runs.ts';

// Capitals are shouting when they raise the voice on ordinary words: "I NEED THIS TODAY", "MY preference is…".
// Not shouting: acronyms and all-capital names of companies and organisations, labels and field names ("NOTE:",
// "FINAL"), a heading alone on its line, parts of a hyphenated word ("E-MAIL"), and capitals that thank or praise
// ("THANK YOU to everyone"). A run of capitals is one hint; a mail typed in capitals is one hint, not one a line.
// Three or more: "!!" is everyday emphasis ("down to zero !!"); "!!!" reads as a raised voice.
const BANGS = /!{3,}/g;
// "!!!" aimed at the reader raises the voice ("Please reply today!!!", "First you have to get the win32 files !!!"); in a
// joke, a cheer or an event reminder it is high spirits (7 of 9 such hints judged false alarms on real mail,
// docs/quality.md); and only in a complaint or a demand (COMPLAINT).
const AT_READER = /\b(?:you|your|yours|u|please|pls|don['’]?t|do\s+not|never|again|already|still)\b/i;
const HIGH_SPIRITS = /\b(?:fun|party|celebrat\w*|look(?:ing)?\s+forward|enjoy\w*|yay|hooray|congrat\w*|happy|excit\w*|love|welcome|great|awesome|cool|lol|haha\w*|hehe|laugh\w*|funny|hilarious|appropriate)\b|[:;]-?[)D]/i;
const MEMO = 'no-shouting/runs';
const CASE = 'no-shouting/case';
// "NOTE: YOU WILL RECEIVE THIS MESSAGE…": a labelled notice set in capitals, boilerplate rather than a voice.
const NOTICE = /^\W*(?:NOTE|NOTICE|IMPORTANT|WARNING|REMINDER|ATTENTION|PLEASE NOTE|DISCLAIMER|CAUTION)\s?[:!-]|^\W*PLEASE NOTE THAT\b|^\W*(?:DO NOT|PLEASE DO NOT) (?:REPLY|RESPOND)/;
// Read on the 200 characters before a sentence (LEAD_CHARS), so its runs are bounded by 200 too: unbounded, `\W*`
// from every line break of a run of them, and the tail from every label, scanned to the end (quadratic:
// linear-patterns.test.ts). On a lead of at most 200 characters it matches exactly what the unbounded one did.
const NOTICE_BEFORE = /(?:^|\n|[.!?]\s)\W{0,200}(?:NOTE|NOTICE|IMPORTANT|WARNING|REMINDER|ATTENTION|PLEASE NOTE|DISCLAIMER|CAUTION)\s?[:!-][^\p{Ll}.!?]{0,200}$/u;
const LEAD_CHARS = 200;

function shoutedRuns(draft: Draft, s: Sentence, rfc: () => boolean): CapitalRun[] {
  // Runs depend on the sentence alone: computed once per sentence text, so typing elsewhere costs nothing here.
  let runs = s.info.memo.get(MEMO) as CapitalRun[] | undefined;
  if (!runs) s.info.memo.set(MEMO, (runs = isThanksOrPraise(s.text) ? [] : capitalRuns(s.text, s.info.tokens)));
  if (runs.length === 0) return [];
  const allCaps = !/\p{Ll}/u.test(s.text);
  // The notice may run on from the line above: "NOTE: YOU WILL\nRECEIVE THIS MESSAGE…".
  const lead = draft.text.slice(Math.max(0, s.place.start - LEAD_CHARS), s.place.start);
  if (allCaps && (isHeadingOrLabel(draft.text, s.place) || NOTICE.test(s.text) || NOTICE_BEFORE.test(lead))) return [];
  if (LEGAL.test(s.text)) return [];
  return runs.filter((run) => !run.label && !isAnswerChoices(run.tokens) && !isCode(run.tokens)
    && !(run.tokens.every((t) => RFC_KEYWORD.test(t.text)) && rfc())
    && run.tokens.some((t: Token) => isEmphatic(t.text, run.tokens.length))
    && !opensListItemOrField(draft.text, s.place.start + run.start) && !isRepeatedTerm(draft.text, s.text.slice(run.start, run.end), run.tokens.length));
}

// "4. INC SHEETS MUST BE MAINTAINED…", "- ALL DEALS UNDER…", "Topic: NO MEETING DUE TO PRC": capitals that open a
// numbered or bulleted point, or fill a field, are the memo's layout (all judged false alarms on real mail).
const LIST_OR_FIELD_OPENING = /(?:^|\n)[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*•·]|[A-Z][\w ]{0,18}:)[ \t]*$/;
function opensListItemOrField(text: string, at: number): boolean {
  return LIST_OR_FIELD_OPENING.test(text.slice(Math.max(0, at - 24), at));
}

/**
 * A phrase of capitals said twice or more in the mail ("US GAS BASIS" four times in a note on deal types) is a term
 * or a name, not a raised voice. Only runs of two words or more: a single "MUST" said twice is a habit of shouting.
 */
function isRepeatedTerm(text: string, run: string, words: number): boolean {
  if (words < 2) return false;
  const first = text.indexOf(run);
  return first >= 0 && text.indexOf(run, first + run.length) >= 0;
}

// A standard's requirement keywords, "the relay host MUST…", "SHOULD NOT": a pasted RFC or a spec written in its
// style, where the capitals are the standard's own (six false alarms in one mail of the eleventh final sheet).
const RFC_KEYWORD = /^(?:MUST|SHALL|SHOULD|MAY|NOT|REQUIRED|RECOMMENDED|OPTIONAL)$/;
const RFC_NAMED = /\bRFC\s?\d{3,4}\b/;
const RFC_REQUIREMENT = /\b(?:MUST|SHALL|SHOULD)\b/g;
/** A pasted standard: one named, or three of its requirement words in capitals, in the first 20,000 characters. */
function rfcStyle(text: string): boolean {
  const head = text.slice(0, 20_000);
  return RFC_NAMED.test(head) || (head.match(RFC_REQUIREMENT)?.length ?? 0) >= 3;
}

// A book or desk code, "IM ME TCO", "IM EAST TP1": short capital tokens that are mostly no words at all.
const CODE_WORDS = new Set(['ME', 'MY', 'WE', 'US', 'IT', 'IS', 'NO', 'DO', 'SO', 'TO', 'OR', 'IF', 'IN', 'ON', 'AT', 'BY', 'AN', 'BE', 'GO', 'OK', 'I', 'A']);
function isCode(tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && tokens.every((t) => t.text.length <= 3) && tokens.filter((t) => !CODE_WORDS.has(t.text)).length >= tokens.length / 2;
}
// Contract clauses set in capitals to be conspicuous, as the law asks: "SUCH NEGLIGENCE BE SOLE, JOINT OR CONCURRENT".
const LEGAL = /\b(?:NEGLIGENCE|LIABILITY|LIABLE|INDEMNIF\w*|WARRANT(?:Y|IES)|MERCHANTABILITY|HEREIN|HEREBY|HEREUNDER|THEREOF|THEREUNDER|DISCLAIM\w*|CONSEQUENTIAL|ARBITRATION)\b/;
// "Do not worry!!!!", "Don't worry!!!": reassurance, whatever the marks.
const REASSURES = /\b(?:don['’]?t|do\s+not|no\s+need\s+to)\s+worry\b/i;

// A form's choices set in capitals, "YES NO NOT SURE", "TRUE / FALSE": options to tick, not a raised voice.
const CHOICE_WORDS = new Set(['yes', 'no', 'not', 'sure', 'maybe', 'n/a', 'na', 'true', 'false', 'other', 'none', 'unsure', 'agree', 'disagree', 'or']);
function isAnswerChoices(tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && tokens.every((t) => CHOICE_WORDS.has(t.lower));
}

export default defineRule({
  meta: {
    id: 'no-shouting',
    type: 'tone',
    severity: 'warning',
    description: 'Flags capitalised words and repeated exclamation marks, which read as shouting.',
    rationale: 'Capitals and “!!” read as raised voice; bold or a clear first line carries urgency without it.',
    messages: {
      caps: 'Capitals like “{{actual}}” can read as shouting.',
      allCaps: 'This message is in capitals, which can read as shouting throughout.',
      bangs: 'Repeated “!” can read as shouting or alarm.',
    },
  },
  examples: {
    valid: [
      'The CFO and the VP of HR will join the QBR at 3 PM EST.', 'Congratulations on the launch!', 'NORAD and WMATA sent the GLAM WIKI notes.',
      'THANK YOU to everyone who came to the offsite.', 'NOTE: the office is closed on Friday.', 'Attached is the FINAL version of the deck.',
      'PROJECT UPDATE\nThe vendor signed on Monday.', 'ENRON NORTH AMERICA will host the meeting.', 'Please check your E-MAIL settings.',
      '1. ALL DEALS UNDER review go to the desk.\n2. Confirm each hour.', 'Topic: NO MEETING DUE TO PRC',
      'Filter the US GAS BASIS products first. Each US GAS BASIS deal needs a type.',
      'Halloween came early this year, I lost two weeks somewhere!!!', 'We look forward to seeing you there!!!', 'You de woman!!!', 'Nice job on your new truck!!!!',
    ],
    invalid: [
      {text: 'I NEED THIS TODAY.', hints: ['0-17: Capitals like “I NEED THIS TODAY” can read as shouting. (no-shouting)']},
      {text: 'MY preference is the second venue.', hints: ['0-2: Capitals like “MY” can read as shouting. (no-shouting)']},
      {text: 'Please reply today!!!', hints: ['18-21: Repeated “!” can read as shouting or alarm. (no-shouting)']},
      {text: 'PLEASE SEND THE FIGURES BY FRIDAY. WE CANNOT CLOSE THE QUARTER WITHOUT THEM.',
        hints: ['0-0: This message is in capitals, which can read as shouting throughout. (no-shouting)']},
    ],
  },
  check(draft, {report}) {
    const counts = draft.sentences.map((s) => {
      let c = s.info.memo.get(CASE) as {upper: number; lower: number} | undefined;
      if (!c) s.info.memo.set(CASE, (c = letterCase(s.text)));
      return c;
    });
    if (mostlyCapitals(counts)) {
      report({messageId: 'allCaps'});
      return;
    }
    const shouted: Place[] = [];
    let bangs = false;
    // Read only when a run is all requirement words, and then once: most drafts never pay for it.
    let rfcRead: boolean | undefined;
    const rfc = () => (rfcRead ??= rfcStyle(draft.text));
    for (const s of draft.sentences) {
      const runs = shoutedRuns(draft, s, rfc);
      for (const run of runs) {
        const place = {start: s.place.start + run.start, end: s.place.start + run.end};
        const last = shouted[shouted.length - 1];
        // A run the sentence splitter cut at a line break ("YOU WILL\nRECEIVE…") is still one run.
        if (last && !/\p{Ll}/u.test(draft.text.slice(last.end, place.start))) last.end = place.end; // nothing said softly between
        else shouted.push(place);
      }
      // One hint per thing: "NO ONE MAKES ME WAIT!!!" is one raised voice, said once by its capitals.
      if (bangs || runs.length > 0 || !s.text.includes('!!!') || isThanksOrPraise(s.text) || REASSURES.test(s.text)) continue; // "Congratulations!!!" celebrates
      // "I need to make some money quick!!!": the writer's own plight, not an order to the reader.
      if (!(AT_READER.test(s.text) || s.info.request && !/^\W*i\b/i.test(s.text)) || !COMPLAINT.test(s.text) || HIGH_SPIRITS.test(s.text)) continue;
      // One hint for the habit, at its first use: a note that ends every line with "!!!" is one thing to say.
      const first = matchAll(BANGS, s.text, s.place.start)[0];
      if (first) {
        report({messageId: 'bangs', place: first.place, actual: first.text});
        bangs = true;
      }
    }
    for (const place of shouted) report({messageId: 'caps', place, actual: draft.text.slice(place.start, place.end)});
  },
});
