// Runs the enabled rules over a draft. Each rule is isolated: a throwing rule yields no hint and a logged error,
// never a broken analysis. The engine stamps ruleId, type, severity, note and fingerprint so rules cannot get
// them wrong, then drops dismissed and ignored hints and sorts by place.
import type {Draft} from './draft.ts';
import type {Rule, Report} from './rule.ts';
import {renderMessage} from './rule.ts';
import {compareHints, type Hint, type Place, type Severity} from './hint.ts';
import {hash, normalizeText} from './text.ts';
import type {AnalyzeOptions} from './types.ts';
import {resolveOverlaps} from './overlaps.ts';

export type LogError = (error: unknown, context: {ruleId: string}) => void;
const defaultLog: LogError = (error, context) => console.error(`[rapport/nlp] rule ${context.ruleId} failed`, error);

function sentenceAt(draft: Draft, place: Place | undefined): string {
  if (!place) return '';
  let lo = 0;
  let hi = draft.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = draft.sentences[mid];
    if (!s) break;
    if (place.start < s.place.start) hi = mid - 1;
    else if (place.start >= s.place.end) lo = mid + 1;
    else return s.text;
  }
  return '';
}

/** Tone matters more upward and outward: to the executive, their direct reports or outside people, tone hints warn. */
function severityFor(rule: Rule, draft: Draft): Severity {
  if (rule.meta.type !== 'tone') return rule.meta.severity;
  return draft.upwardOrOutward ? 'warning' : rule.meta.severity;
}

function toHint(rule: Rule, r: Report, draft: Draft): Hint {
  const {meta} = rule;
  const template = meta.messages[r.messageId];
  if (template === undefined) throw new Error(`Unknown messageId "${r.messageId}"`);
  if (r.suggest && !meta.hasSuggestions) throw new Error('suggest used without meta.hasSuggestions');
  const place = r.place ?? {start: draft.origin, end: draft.origin};
  if (place.start < 0 || place.end > draft.text.length || place.start > place.end) throw new Error('place outside the text');
  const actual = r.actual ?? (r.place ? draft.text.slice(place.start, place.end) : undefined);
  const sentence = sentenceAt(draft, r.place);
  const {text: message, args} = renderMessage(template, {actual: actual ?? '', ...r.data});
  const hint: Hint = {
    ruleId: meta.id, type: meta.type, severity: severityFor(rule, draft), messageId: r.messageId,
    message, args, place,
    fingerprint: hash(`${meta.id}|${r.messageId}|${normalizeText(actual ?? '')}|${normalizeText(sentence)}`),
  };
  if (actual !== undefined) hint.actual = actual;
  if (r.expected?.length) hint.expected = r.expected;
  if (meta.rationale) hint.note = meta.rationale;
  if (r.suggest?.length) {
    hint.suggestions = r.suggest.map((s) => {
      const label = meta.messages[s.messageId];
      if (label === undefined) throw new Error(`Unknown suggestion messageId "${s.messageId}"`);
      const {text: desc, args} = renderMessage(label, {actual: actual ?? '', text: s.text, ...s.data});
      return {desc, messageId: s.messageId, args, place, text: s.text};
    });
  }
  return hint;
}

/** Runs the rules; where hints of one kind overlap, the rule first in `precedence` keeps the span (overlaps.ts). */
export function runRules(draft: Draft, rules: readonly Rule[], options: AnalyzeOptions = {}, logError: LogError = defaultLog, precedence: readonly string[] = []): Hint[] {
  const disabled = new Set(options.disabledRules ?? []);
  const dismissed = new Set(options.dismissedFingerprints ?? []);
  const ignored = new Set((options.ignoredPhrases ?? []).map(normalizeText));
  const hints: Hint[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.meta.id)) continue;
    const found: Hint[] = [];
    try {
      rule.check(draft, {report: (r) => void found.push(toHint(rule, r, draft))});
    } catch (error) {
      logError(error, {ruleId: rule.meta.id});
      continue; // a failing rule contributes nothing, not half its findings
    }
    const said = new Set<string>();
    for (const n of found) {
      // One hint per thing seen: two promises sharing one "ASAP" make one vague-deadline hint, not two.
      const key = `${n.messageId}|${n.place?.start}|${n.place?.end}|${n.message}`;
      if (said.has(key)) continue;
      said.add(key);
      if (dismissed.has(n.fingerprint)) continue;
      if (n.actual !== undefined && ignored.has(normalizeText(n.actual))) continue;
      hints.push(n);
    }
  }
  return resolveOverlaps(hints, precedence).sort(compareHints);
}
