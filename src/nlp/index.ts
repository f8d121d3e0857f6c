// Public API of the analysis engine. Pure TypeScript: no DOM, no browser API.
export type {RecipientTier, Recipient, DraftInput, AnalyzeOptions, Commitment, Request, Owner, Due, WorkingHours} from './types.ts';
export type {Nudge, Place, RuleType, Severity, Suggestion} from './nudge.ts';
export type {Rule, RuleMeta} from './rule.ts';
export type {Analysis} from './analyze.ts';
export {analyze, createAnalyzer} from './analyze.ts';
export {nudgeToString, compareNudges} from './nudge.ts';
export {rules} from './rules/index.ts';
