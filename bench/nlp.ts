// Timings of the analysis engine in Node. `npx tsx bench/nlp.ts` prints them; bench/run.ts calls benchAnalysis().
// Drafts are generated from varied mail sentences (seeded, so every run measures the same text); "warm" runs
// use a fresh analysis without the per-sentence cache, the edit run uses createAnalyzer() and its cache.
import {fileURLToPath} from 'node:url';

const SUBJECTS = ['the board deck', 'the Q3 budget', 'the offsite agenda', 'the vendor contract', 'the travel plan', 'the hiring plan', 'the client dinner', 'the press release'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'tomorrow morning', 'next week', 'EOD'];
const NAMES = ['Dana', 'Tom', 'Priya', 'Mark', 'Lucia', 'Ana', 'Sam', 'Jane'];
const TEMPLATES = [
  (s: string, d: string) => `Could you send me ${s} by ${d}?`,
  (s: string, d: string, n: string) => `I'll share ${s} with ${n} on ${d}.`,
  (s: string, _d: string, n: string) => `${n} mentioned that ${s} still needs a final review from legal and finance.`,
  (s: string, d: string) => `The latest version of ${s} is attached, with the changes from ${d} highlighted in yellow.`,
  (s: string, _d: string, n: string) => `Thanks for the quick turnaround on ${s}, ${n}; it made the review much easier.`,
  (s: string, d: string) => `Please let me know if ${d} still works for a short call about ${s}.`,
  (s: string, _d: string, n: string) => `We discussed ${s} with ${n} and agreed to keep the scope as it is for now.`,
  (s: string) => `Per my last email, ${s} is still waiting for a signature.`,
];

function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A draft of about `words` words; `salt` makes every sentence distinct so caches cannot help. */
export function makeDraft(words: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)] as T;
  const out: string[] = ['Hi Jane,', ''];
  let count = 2;
  let i = 0;
  while (count < words) {
    const sentence = `${pick(TEMPLATES)(pick(SUBJECTS), pick(DAYS), pick(NAMES))}`.replace(/\.$|\?$/, (m) => ` (item ${seed}-${i++})${m}`);
    out.push(sentence);
    count += sentence.split(/\s+/).length;
    if (r() < 0.2) out.push('');
  }
  out.push('', 'Best,', 'Sam');
  return out.join('\n');
}

function p50(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.floor(s.length / 2)] ?? 0) * 100) / 100;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function benchAnalysis(): Promise<Record<string, number>> {
  const coldStart = performance.now();
  const {analyze, createAnalyzer} = await import('../src/nlp/index.ts');
  analyze({text: makeDraft(200, 99)});
  const cold = performance.now() - coldStart;
  const nlp = (await import('compromise')).default;

  const d200 = Array.from({length: 40}, (_, i) => makeDraft(200, 1000 + i));
  const d2000 = Array.from({length: 20}, (_, i) => makeDraft(2000, 2000 + i));
  for (const t of d200.slice(0, 10)) analyze({text: t}); // warm the JIT, not a cache (analyze() has none)
  const w200 = d200.map((text) => time(() => analyze({text})));
  const w2000 = d2000.map((text) => time(() => analyze({text})));

  const analyzer = createAnalyzer();
  let edited = makeDraft(2000, 7);
  analyzer.analyze({text: edited});
  const edits: number[] = [];
  for (let i = 0; i < 40; i++) {
    edited = edited.replace(/(item 7-)(\d+)/, (_, p: string, n: string) => `${p}${Number(n) + 100 + i}x`); // one word changes
    edits.push(time(() => analyzer.analyze({text: edited})));
  }

  const mb = makeDraft(180_000, 5).slice(0, 1_000_000);
  const t1mb = time(() => analyze({text: mb}));
  // A typing pause in a 1.2 M-character draft reads only the window around the caret (pause-window.ts): five carets
  // along it, each with a fresh analyser, so no sentence is cached from an earlier pause.
  const {foundInDraft, pauseWindow} = await import('../src/nlp/pause-window.ts');
  const huge = makeDraft(220_000, 6).slice(0, 1_200_000);
  const pauses = [0.1, 0.3, 0.5, 0.7, 0.9].map((where) => time(() => {
    const window = pauseWindow(huge, Math.round(huge.length * where));
    foundInDraft(window, createAnalyzer().analyze({text: window.text}));
  }));

  const parses = d2000.slice(0, 8).map((text) => time(() => nlp(text).json()));

  return {
    analyze_200w_p50_ms: p50(w200),
    analyze_2000w_p50_ms: p50(w2000),
    analyze_edit_2000w_p50_ms: p50(edits),
    analyze_cold_ms: Math.round(cold * 10) / 10,
    analyze_1mb_ms: Math.round(t1mb),
    pause_1_2mb_p50_ms: p50(pauses),
    compromise_parse_2000w_p50_ms: p50(parses),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await benchAnalysis();
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(32)} ${v}`);
}
