// The long-lived channel between a compose window and the background's analyser. A port per compose: the
// background keeps one analyser (with its per-sentence cache) per port, and messages on an open port keep the
// service worker alive while the user writes, so compromise is not reloaded between pauses.
import type {AnalyzeOptions, Commitment, DraftInput, Hint} from '../nlp/index.ts';

export const ANALYSIS_PORT = 'rapport-analysis';

export type AnalysisRequest = {
  seq: number;
  input: DraftInput;
  options: AnalyzeOptions;
  /** The thread's last message was sent before and has not changed: use that one (it can be long). */
  sameLastReceived?: boolean;
};

/** What a compose needs back: never the politeness internals, never more text than the findings point at. */
export type AnalysisReply = {
  seq: number;
  language: string;
  hints: Hint[];
  commitments: Commitment[];
  /** Background time spent, for diagnostics and benchmarks. */
  analysisMs: number;
};
