// Figures from a judged sheet. A judgement file maps each mail id to its verdicts:
//   {"<mail id>": {"H1": {"ok": false, "why": "a company name"}, "C1": {"ok": true}, …,
//                  "missed": {"commitments": ["…"], "requests": ["…"], "tone": ["…"]}}}
import type {SheetMail} from './sheet.ts';

export type Verdict = {ok: boolean; why?: string};
export type Judgement = Record<string, Verdict | {commitments?: string[]; requests?: string[]; tone?: string[]}>;
type Tally = {right: number; wrong: number};

const ratio = (t: Tally) => (t.right + t.wrong ? t.right / (t.right + t.wrong) : NaN);

export function score(mails: SheetMail[], judged: Record<string, Judgement>) {
  const hints: Tally = {right: 0, wrong: 0};
  const byRule = new Map<string, Tally>();
  const commitments: Tally = {right: 0, wrong: 0};
  const requests: Tally = {right: 0, wrong: 0};
  const missed = {commitments: 0, requests: 0, tone: 0};
  let mailsJudged = 0;
  let unjudged = 0;
  for (const m of mails) {
    const j = judged[m.id];
    if (!j) continue;
    mailsJudged++;
    for (const it of m.items) {
      const v = j[it.key] as Verdict | undefined;
      if (!v || typeof v.ok !== 'boolean') {
        unjudged++;
        continue;
      }
      const tally = it.kind === 'hint' ? hints : it.kind === 'commitment' ? commitments : requests;
      tally[v.ok ? 'right' : 'wrong']++;
      if (it.kind === 'hint') {
        const rule = byRule.get(it.ruleId ?? '?') ?? {right: 0, wrong: 0};
        rule[v.ok ? 'right' : 'wrong']++;
        byRule.set(it.ruleId ?? '?', rule);
      }
    }
    const miss = j.missed as {commitments?: string[]; requests?: string[]; tone?: string[]} | undefined;
    missed.commitments += miss?.commitments?.length ?? 0;
    missed.requests += miss?.requests?.length ?? 0;
    missed.tone += miss?.tone?.length ?? 0;
  }
  const recall = (t: Tally, m: number) => (t.right + m ? t.right / (t.right + m) : NaN);
  return {
    mails: mailsJudged, unjudged,
    hints: {...hints, precision: ratio(hints), byRule: Object.fromEntries([...byRule].map(([id, t]) => [id, {...t, precision: ratio(t)}]))},
    commitments: {...commitments, precision: ratio(commitments), missed: missed.commitments, recall: recall(commitments, missed.commitments)},
    requests: {...requests, precision: ratio(requests), missed: missed.requests, recall: recall(requests, missed.requests)},
    toneMissed: missed.tone,
  };
}
