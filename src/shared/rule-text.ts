// A rule's words in the user's language. The analysis (src/nlp) is pure and English: each hint carries its
// messageId and slot values, and here they become the catalog key `rule_<ruleId in camelCase>_<messageId>`
// (src/locales/<language>/rules.json). Where a catalog lacks a message, the English text the rule wrote is shown.
import type {Hint, Suggestion} from '../nlp/index.ts';
import {tMaybe} from './i18n.ts';

const camel = (ruleId: string) => ruleId.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** `rule_noHedging_hedge`: the catalog key of one of a rule's messages. */
export const ruleMessageKey = (ruleId: string, messageId: string) => `rule_${camel(ruleId)}_${messageId}`;

export function hintMessage(hint: Pick<Hint, 'ruleId' | 'messageId' | 'message' | 'args'>): string {
  return tMaybe(ruleMessageKey(hint.ruleId, hint.messageId), ...(hint.args ?? [])) ?? hint.message;
}

export function suggestionLabel(ruleId: string, suggestion: Pick<Suggestion, 'messageId' | 'args' | 'desc'>): string {
  return tMaybe(ruleMessageKey(ruleId, suggestion.messageId), ...(suggestion.args ?? [])) ?? suggestion.desc;
}

type RuleWords = {id: string; description: string; rationale?: string};

/** What the rule looks for, one sentence (options page). */
export const ruleDescription = (meta: RuleWords) => tMaybe(ruleMessageKey(meta.id, 'description')) ?? meta.description;

/** Why it matters, one sentence (the compose panel's "why" line and the options page). */
export function ruleRationale(meta: RuleWords): string | undefined {
  return meta.rationale === undefined ? undefined : tMaybe(ruleMessageKey(meta.id, 'rationale')) ?? meta.rationale;
}

/** The "why" line under a hint: the rule's rationale, which the engine copied into the hint as `note`. */
export function hintNote(hint: Pick<Hint, 'ruleId' | 'note'>): string | undefined {
  return hint.note === undefined ? undefined : tMaybe(ruleMessageKey(hint.ruleId, 'rationale')) ?? hint.note;
}
