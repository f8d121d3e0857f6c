// One hint per span: where hints of the same kind overlap, the one of the rule that ranks first in the precedence
// list stays and the others go, so the same words are never flagged twice ("You never reply on time!!" is an
// absolute, not also a harsh word and a shout). Tone and commitment hints are different things and both stay.
import type {Nudge} from './nudge.ts';

const overlap = (a: Nudge, b: Nudge) => a.place.start < b.place.end && b.place.start < a.place.end;

/** `precedence` lists rule ids, most specific first; rules not listed rank after them, in their given order. */
export function resolveOverlaps(nudges: readonly Nudge[], precedence: readonly string[]): Nudge[] {
  const rank = (n: Nudge) => {
    const i = precedence.indexOf(n.ruleId);
    return i < 0 ? precedence.length : i;
  };
  const kept: Nudge[] = [];
  for (const n of [...nudges].sort((a, b) => rank(a) - rank(b))) {
    // Whole-draft hints have an empty place and never overlap; a rule's own hints were made distinct already.
    if (n.place.end > n.place.start && kept.some((k) => k.type === n.type && k.ruleId !== n.ruleId && overlap(k, n))) continue;
    kept.push(n);
  }
  return kept;
}
