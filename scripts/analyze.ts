// `npm run analyze -- FILE` prints a draft's hints lint-style; `--json` prints the full analysis;
// `--jsonl` reads one JSON object per line on stdin and writes one JSON line per input, in order, from one
// process with one warm analyzer (no per-line start-up).
import {createInterface} from 'node:readline';
import {createAnalyzer, hintToString} from '../src/nlp/index.ts';
import {parseDraftFile} from './lib/fixture.ts';
import {toDraftInput} from './lib/jsonl.ts';
import {fail, readInput} from './lib/exit.ts';

const args = process.argv.slice(2);
const analyzer = createAnalyzer();

async function jsonl(): Promise<void> {
  const lines = createInterface({input: process.stdin, crlfDelay: Infinity});
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let out: unknown;
    try {
      const a = analyzer.analyze(toDraftInput(JSON.parse(line) as Record<string, unknown>));
      out = {language: a.language, politeness: a.politeness.score, commitments: a.commitments, requests: a.requests, hints: a.hints};
    } catch (error) {
      out = {error: String(error), politeness: 0, commitments: [], requests: [], hints: []};
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

function file(path: string, json: boolean): void {
  const input = parseDraftFile(readInput(path, 'analyze'));
  const a = analyzer.analyze(input);
  if (json) {
    console.log(JSON.stringify(a, null, 2));
    return;
  }
  for (const n of a.hints) console.log(`${path}:${hintToString(n)}`);
  const due = (c: (typeof a.commitments)[number]) => (c.due ? ` due ${c.due.iso}${c.due.vague ? ' (vague)' : ''}` : ' (no date)');
  for (const c of a.commitments) console.info(`  commitment [${c.owner}${c.ownerName ? ` ${c.ownerName}` : ''}] ${c.action}${due(c)}`);
  console.info(`  politeness ${a.politeness.score}  language ${a.language}  ${a.hints.length} hint(s)`);
}

if (args.includes('--jsonl')) await jsonl();
else {
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) fail('usage: npm run analyze -- FILE [--json] | npm run analyze -- --jsonl < drafts.jsonl');
  file(path, args.includes('--json'));
}
