import {defineRule} from '../rule.ts';
import {isKnownWord} from '../lexicons/sets.ts';

// Runs of capitalised words, a long capitalised word, or repeated "!". Acronyms are ordinary in mail, and
// placeholders ($LINK), hashtags and handles are not words anyone shouted.
const CAPS_RUN = /(?<![\p{L}\p{N}$#@_])(?:\p{Lu}[ \t]+)?\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,20}(?![\p{L}\p{N}])/gu;
const CAPS_WORD = /(?<![\p{L}\p{N}$#@_])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;
const BANGS = /!{2,}/g;
const ACRONYMS = new Set(('ASAP FYI EOD COB EOW CEO CFO COO CTO CMO CIO VP SVP EVP HR IT PR QA UX UI NDA SOW KPI OKR PDF PPT ' +
  'USA UK EU NYC SF LA ETA TBD TBC RSVP AM PM GMT UTC EST PST CET BST QBR OOO PTO AGM LLC INC LTD ISO API SLA RFP POC ' +
  'FAQ CRM ERP ROI YOY QOQ MOU LOI CC BCC RE FW FWD NB PS ID OK NASA FIFA UNICEF OECD NATO IPO SEC IRS GAAP EBITDA').split(' '));

function isAcronyms(text: string): boolean {
  return text.split(/\s+/).every((w) => ACRONYMS.has(w) || w.length <= 2);
}

// Capitals are shouting when they spell ordinary words; unknown capitalised tokens are names of things (NORAD).
function spellsWords(text: string, min: number): boolean {
  return text.split(/\s+/).filter((w) => !ACRONYMS.has(w) && isKnownWord(w)).length >= min;
}

export default defineRule({
  meta: {
    id: 'no-shouting',
    type: 'tone',
    severity: 'warning',
    description: 'Flags capitalised words and repeated exclamation marks, which read as shouting.',
    rationale: 'Capitals and “!!” read as raised voice; bold or a clear first line carries urgency without it.',
    messages: {caps: 'Capitals like “{{actual}}” can read as shouting.', bangs: 'Repeated “!” can read as shouting or alarm.'},
    enabledByDefault: true,
  },
  examples: {
    valid: ['The CFO and the VP of HR will join the QBR at 3 PM EST.', 'Congratulations on the launch!', 'NORAD and WMATA sent the GLAM WIKI notes.'],
    invalid: [
      {text: 'I NEED THIS TODAY.', nudges: ['0-17: Capitals like “I NEED THIS TODAY” can read as shouting. (no-shouting)']},
      {text: 'Please reply!!', nudges: ['12-14: Repeated “!” can read as shouting or alarm. (no-shouting)']},
    ],
  },
  check(draft, {report}) {
    const runs = draft.findPhrases(CAPS_RUN).filter((m) => !isAcronyms(m.text) && spellsWords(m.text, 2));
    const inRun = (p: {start: number; end: number}) => runs.some((r) => p.start >= r.place.start && p.end <= r.place.end);
    const words = draft.findPhrases(CAPS_WORD).filter((m) => !isAcronyms(m.text) && !inRun(m.place) && spellsWords(m.text, 1));
    for (const m of [...runs, ...words]) report({messageId: 'caps', place: m.place, actual: m.text});
    for (const m of draft.findPhrases(BANGS)) report({messageId: 'bangs', place: m.place, actual: m.text});
  },
});
