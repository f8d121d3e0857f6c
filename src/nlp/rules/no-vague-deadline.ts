import {defineRule} from '../rule.ts';

export default defineRule({
  meta: {
    id: 'no-vague-deadline',
    type: 'commitment',
    severity: 'warning',
    description: 'Flags promises with a vague deadline (“ASAP”, “soon”, “shortly”, “when I can”).',
    rationale: 'Vague deadlines mean different things to writer and reader; a day or time can be planned around.',
    messages: {vague: '“{{actual}}” can mean different things to each of you; a day or time is clearer.'},
  },
  examples: {
    valid: ['I’ll send the slides by 3 pm tomorrow.', 'Could you send it soon?'],
    invalid: [{text: 'I’ll get back to you soon.', hints: ['21-25: “soon” can mean different things to each of you; a day or time is clearer. (no-vague-deadline)']}],
  },
  check(draft, {report}) {
    // Among colleagues and on lists an everyday "sorry to bother you" or "shortly" costs nothing (docs/quality.md);
    // upward, outward, or when the audience is not known, it is worth a word.
    if (draft.recipients.length > 0 && !draft.upwardOrOutward) return;
    for (const c of draft.commitments) {
      if (!c.due?.vague) continue;
      const at = c.text.toLowerCase().indexOf(c.due.phrase.toLowerCase());
      const place = at < 0 ? c.place : {start: c.place.start + at, end: c.place.start + at + c.due.phrase.length};
      report({messageId: 'vague', place, actual: c.due.phrase});
    }
  },
});
