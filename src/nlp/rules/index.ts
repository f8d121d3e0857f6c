// The registry, sorted by id. rules.test.ts checks it lists every file in this folder.
import type {Rule} from '../rule.ts';
import noAbsolutes from './no-absolutes.ts';
import noBareDemand from './no-bare-demand.ts';
import noBlame from './no-blame.ts';
import noChallengingQuestion from './no-challenging-question.ts';
import noCondescension from './no-condescension.ts';
import noDismissive from './no-dismissive.ts';
import noHarshWording from './no-harsh-wording.ts';
import noHedging from './no-hedging.ts';
import noOverApology from './no-over-apology.ts';
import noPassiveAggressive from './no-passive-aggressive.ts';
import noSarcasm from './no-sarcasm.ts';
import noShouting from './no-shouting.ts';
import noUnflaggedExecutivePromise from './no-unflagged-executive-promise.ts';
import noVagueDeadline from './no-vague-deadline.ts';
import preferLeadWithAsk from './prefer-lead-with-ask.ts';
import requireAnswerToRequest from './require-answer-to-request.ts';
import requireCommitmentDate from './require-commitment-date.ts';
import requireGreeting from './require-greeting.ts';
import requireSignOff from './require-sign-off.ts';

export const rules: readonly Rule[] = [
  noAbsolutes,
  noBareDemand,
  noBlame,
  noChallengingQuestion,
  noCondescension,
  noDismissive,
  noHarshWording,
  noHedging,
  noOverApology,
  noPassiveAggressive,
  noSarcasm,
  noShouting,
  noUnflaggedExecutivePromise,
  noVagueDeadline,
  preferLeadWithAsk,
  requireAnswerToRequest,
  requireCommitmentDate,
  requireGreeting,
  requireSignOff,
];

/**
 * Which rule keeps a span when hints of one kind overlap: the most specific reading of the words first (a charge,
 * blame, sarcasm), the broad ones (an order, capitals, hedges) last; for promises, a vague date first, then the note
 * that the promise is the executive's (theirs to date), then a missing date.
 */
export const precedence: readonly string[] = [
  'no-harsh-wording', 'no-blame', 'no-sarcasm', 'no-condescension', 'no-dismissive', 'no-challenging-question', 'no-absolutes',
  'no-passive-aggressive', 'no-bare-demand', 'no-over-apology', 'no-shouting', 'no-hedging',
  'no-vague-deadline', 'no-unflagged-executive-promise', 'require-commitment-date', 'require-answer-to-request',
];
