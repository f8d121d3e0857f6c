// One hint per span: where hints of the same kind overlap, the one of the rule that ranks first in the precedence
// list stays and the others go, so the same words are never flagged twice ("You never reply on time!!" is an
// absolute, not also a harsh word and a shout). Tone and commitment hints are different things and both stay.
import type {Hint} from './hint.ts';

const overlap = (a: Hint, b: Hint) => a.place.start < b.place.end && b.place.start < a.place.end;

/**
 * `precedence` lists rule ids, most specific first; rules not listed rank after them. Hints are swept in order of
 * place and only a run of mutually reaching hints is resolved together, so a 1 MB paste with thousands of hints
 * stays linear.
 */
export function resolveOverlaps(hints: readonly Hint[], precedence: readonly string[]): Hint[] {
  const rank = (n: Hint) => {
    const i = precedence.indexOf(n.ruleId);
    return i < 0 ? precedence.length : i;
  };
  const kept: Hint[] = [];
  for (const type of new Set(hints.map((n) => n.type))) {
    // Whole-draft hints have an empty place and never overlap.
    const spans = hints.filter((n) => n.type === type && n.place.end > n.place.start).sort((a, b) => a.place.start - b.place.start);
    kept.push(...hints.filter((n) => n.type === type && n.place.end <= n.place.start));
    for (let i = 0; i < spans.length;) {
      let end = spans[i]!.place.end;
      let j = i + 1;
      while (j < spans.length && spans[j]!.place.start < end) end = Math.max(end, spans[j++]!.place.end);
      const run: Hint[] = [];
      for (const n of spans.slice(i, j).sort((a, b) => rank(a) - rank(b))) {
        // A rule's own hints were made distinct already; only another rule's hint on the same words gives way.
        if (!run.some((k) => k.ruleId !== n.ruleId && overlap(k, n))) run.push(n);
      }
      kept.push(...run);
      i = j;
    }
  }
  return kept;
}
