// Public API of the analysis engine. Pure TypeScript: no DOM, no browser API.
export type {RecipientTier, Recipient, DraftInput, AnalyzeOptions, Commitment, Request, Owner, Due, WorkingHours} from './types.ts';
export type {Hint, Place, RuleType, Severity, Suggestion} from './hint.ts';
export type {Rule, RuleMeta} from './rule.ts';
export type {Analysis} from './analyze.ts';
export {analyze, createAnalyzer} from './analyze.ts';
export {hintToString, compareHints} from './hint.ts';
export {rules} from './rules/index.ts';
