// One analysis: zone and split the draft, reuse cached sentence analysis, find commitments and requests, run
// the rules. Never throws: a failure anywhere yields an empty analysis and a logged error.
import {buildDraft, type Draft} from './draft.ts';
import {addFindings, createDueCache, type FindingCaches} from './findings.ts';
import {runRules, type LogError} from './engine.ts';
import {precedence, rules} from './rules/index.ts';
import {combine} from './politeness/features.ts';
import {politenessScore} from './politeness/model.ts';
import {createSentenceCache} from './sentence-info.ts';
import type {Hint, Place} from './hint.ts';
import type {AnalyzeOptions, Commitment, DraftInput, Request} from './types.ts';

export type Analysis = {
  language: string;
  politeness: {score: number; sentences: Array<{place: Place; score: number}>};
  commitments: Commitment[];
  requests: Request[];
  hints: Hint[];
};

const EMPTY: Analysis = {language: 'unknown', politeness: {score: 0, sentences: []}, commitments: [], requests: [], hints: []};

export function politenessOf(draft: Draft): Analysis['politeness'] {
  if (draft.sentences.length === 0) return {score: 0, sentences: []};
  return {
    score: politenessScore(combine(draft.sentences.map((s) => s.info.features))),
    sentences: draft.sentences.map((s) => ({place: s.place, score: s.info.politeness})),
  };
}

export function analyzeWith(input: DraftInput, options: AnalyzeOptions = {}, caches: FindingCaches = {}, logError?: LogError): Analysis {
  try {
    const draft = buildDraft(input ?? {text: ''}, caches.sentences);
    // Other languages get no tone or commitment findings: none is better than wrong ones. A mass mailing (a
    // newsletter or advert pasted or forwarded) is nobody writing to anybody: nothing to coach either.
    if (draft.language !== 'en' || draft.bulk) return {...EMPTY, language: draft.language};
    addFindings(draft, caches);
    return {
      language: draft.language,
      politeness: politenessOf(draft),
      commitments: draft.commitments,
      requests: draft.requests,
      hints: runRules(draft, rules, options, logError, precedence),
    };
  } catch (error) {
    (logError ?? ((e) => console.error('[rapport/nlp] analysis failed', e)))(error, {ruleId: '(engine)'});
    return {...EMPTY};
  }
}

export function analyze(input: DraftInput, options?: AnalyzeOptions): Analysis {
  return analyzeWith(input, options);
}

/** An analyzer that keeps per-sentence and due-date caches between calls (one per editor or per worker). */
export function createAnalyzer(logError?: LogError): {analyze(input: DraftInput, options?: AnalyzeOptions): Analysis} {
  const caches: FindingCaches = {sentences: createSentenceCache(), due: createDueCache()};
  return {analyze: (input, options) => analyzeWith(input, options, caches, logError)};
}
