// The rule model (ESLint-style): meta, co-located examples, and check(draft, context) that only calls report().
import type {Place, RuleType, Severity} from './nudge.ts';
import type {Draft} from './draft.ts';
import type {DraftInput} from './types.ts';

export type RuleMeta = {
  id: string;
  type: RuleType;
  severity: Severity;
  description: string;
  rationale?: string;
  messages: Record<string, string>; // templates with {{name}} slots filled from report({data})
  hasSuggestions?: true;
  enabledByDefault: boolean;
};

export type Report = {
  messageId: string;
  data?: Record<string, string>;
  place?: Place; // omitted: the whole draft
  actual?: string;
  expected?: string[];
  suggest?: Array<{desc: string; text: string}>; // each replaces `place` with `text`
};
export type RuleContext = {report(finding: Report): void};

export type RuleExample = string | {text: string; input?: Partial<DraftInput>};
export type Rule = {
  meta: RuleMeta;
  examples: {
    valid: RuleExample[];
    invalid: Array<{text: string; input?: Partial<DraftInput>; nudges: string[]}>;
  };
  check(draft: Draft, context: RuleContext): void;
};

const KEBAB = /^(?:no|require|prefer)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates the meta once at load so a malformed rule fails the test run, not a user's draft. */
export function defineRule(rule: Rule): Rule {
  const {id, messages} = rule.meta;
  if (!KEBAB.test(id)) throw new Error(`Rule id "${id}" must be kebab-case with a no-/require-/prefer- prefix`);
  if (Object.keys(messages).length === 0) throw new Error(`Rule ${id} has no messages`);
  return rule;
}

export const MAX_MESSAGE = 90;
const SLOT = /\{\{(\w+)\}\}/g;

/** Fills {{slots}}; when quoted text would push the message past 90 characters, the quotes are shortened. */
export function renderMessage(template: string, data: Record<string, string> = {}): string {
  const full = template.replace(SLOT, (_, key: string) => data[key] ?? '');
  if (full.length <= MAX_MESSAGE) return full;
  const slots = template.match(SLOT)?.length ?? 1;
  const room = Math.max(6, Math.floor((MAX_MESSAGE - template.replace(SLOT, '').length) / slots));
  return template.replace(SLOT, (_, key: string) => {
    const v = data[key] ?? '';
    return v.length > room ? `${v.slice(0, room - 1).trimEnd()}…` : v;
  });
}
