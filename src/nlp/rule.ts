// The rule model (ESLint-style): meta, co-located examples, and check(draft, context) that only calls report().
import type {Place, RuleType, Severity} from './hint.ts';
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
};

export type Report = {
  messageId: string;
  data?: Record<string, string>;
  place?: Place; // omitted: the whole draft
  actual?: string;
  expected?: string[];
  /** Each replaces `place` with `text`; its label is one of meta.messages, filled like the hint's. */
  suggest?: Array<{messageId: string; data?: Record<string, string>; text: string}>;
};
export type RuleContext = {report(finding: Report): void};

export type RuleExample = string | {text: string; input?: Partial<DraftInput>};
export type Rule = {
  meta: RuleMeta;
  examples: {
    valid: RuleExample[];
    invalid: Array<{text: string; input?: Partial<DraftInput>; hints: string[]}>;
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

/** The slot names of a template, in order ("{{actual}} … {{from}}" gives actual, from). */
export const slotNames = (template: string): string[] => [...template.matchAll(SLOT)].map((match) => match[1] as string);

/**
 * Fills {{slots}}; when quoted text would push the message past 90 characters, the quotes are shortened. Also
 * returns the slot values as filled, in order: a translation of the template takes them as its $1, $2, ...
 */
export function renderMessage(template: string, data: Record<string, string> = {}): {text: string; args: string[]} {
  const names = slotNames(template);
  let args = names.map((name) => data[name] ?? '');
  const fixed = template.replace(SLOT, '').length;
  if (fixed + args.reduce((sum, value) => sum + value.length, 0) > MAX_MESSAGE) {
    const room = Math.max(6, Math.floor((MAX_MESSAGE - fixed) / Math.max(1, names.length)));
    args = args.map((value) => (value.length > room ? `${value.slice(0, room - 1).trimEnd()}…` : value));
  }
  let index = 0;
  return {text: template.replace(SLOT, () => args[index++] ?? ''), args};
}
