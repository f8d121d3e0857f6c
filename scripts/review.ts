// The real-mail review (docs/quality.md): draws mails nobody on the project wrote from public corpora, runs the
// engine, and writes a sheet to judge; or scores a judged sheet.
//   npm run review -- --sample 150 --seed final-1 [--exclude old.json …] [--quotas] [--mix corpus=weight,…] [--kinds hint] [--out artifacts/review/final-1]
//   npm run review -- --from docs/review/dev-1.txt [--from …] --seed dev-1-again [--kinds hint]   (mails of earlier sheets)
//   npm run review -- --score artifacts/review/final-1.json --judged judged.json
// The corpora are not in the repository (their licences and their senders' privacy): scripts/review/sources.md
// says where each comes from; RAPPORT_CORPORA (default ../corpora) says where they are on this machine.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {repoRoot} from './lib/data.ts';
import {fromList, parseMix, sample} from './review/corpus.ts';
import {buildSheet, sheetMarkdown, type SheetMail} from './review/sheet.ts';
import {score, type Judgement} from './review/score.ts';
import {finish, fail, readInput as readText} from './lib/exit.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const all = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1] as string] : []));
/** A file read whole, or one clear line and exit code 2: every input of the review is read through here. */
function readInput<T>(file: string, parse: (text: string) => T): T {
  const text = readText(file, 'review');
  try {
    return parse(text);
  } catch (error) {
    return fail(`review: cannot read ${file}: ${(error as Error).message}`);
  }
}
const readJson = <T>(file: string): T => readInput(file, (text) => JSON.parse(text) as T);
const readList = (file: string): string[] =>
  readInput(file, (text) => text.split('\n').filter((line) => line && !line.startsWith('#')).flatMap((line) => line.split(' ')));

const scoreFile = option('score');
if (scoreFile) {
  const mails = readJson<SheetMail[]>(scoreFile);
  const judged = all('judged').reduce<Record<string, Judgement>>((acc, f) => ({...acc, ...readJson<Record<string, Judgement>>(f)}), {});
  finish(`${JSON.stringify(score(mails, judged), null, 2)}\n`);
} else {
  const n = Number(option('sample') ?? 150);
  const seed = option('seed') ?? 'review';
  const root = process.env.RAPPORT_CORPORA ?? path.resolve(repoRoot, '../corpora');
  // Left out by body and by file: a decoding fix may change a body, never which file a mail came from. A sheet's
  // JSON, or its list of "id corpus/file" lines (docs/review/, committed: ids and file names only, no mail).
  const exclude = new Set(all('exclude').flatMap((f) => f.endsWith('.txt') ? readList(f) : readJson<SheetMail[]>(f).flatMap((m) => [m.id, `${m.corpus}/${m.file}`])));
  let sampled;
  try {
    const mix = option('mix');
    const lists = all('from');
    // The files of earlier sheets' lists ("id corpus/file"): the second word of each line.
    sampled = lists.length > 0
      ? fromList(root, lists.flatMap((f) => readList(f).filter((word) => word.includes('/'))))
      : sample(root, n, seed, exclude, args.includes('--quotas'), mix ? parseMix(mix) : undefined);
  } catch (error) {
    fail(`review: ${(error as Error).message}`);
  }
  // `--kinds hint`: a sheet of the hints alone, and only the mails that have one. Hints are rare on real mail (a few
  // per hundred mails), so their precision is measured on a larger sample judged for hints only.
  const kinds = option('kinds')?.split(',');
  const mails = buildSheet(sampled).map((m) => (kinds ? {...m, items: m.items.filter((i) => kinds.includes(i.kind))} : m)).filter((m) => !kinds || m.items.length > 0);
  const out = option('out') ?? path.join(repoRoot, 'artifacts/review', seed);
  mkdirSync(path.dirname(out), {recursive: true});
  writeFileSync(`${out}.json`, `${JSON.stringify(mails, null, 1)}\n`);
  writeFileSync(`${out}.md`, sheetMarkdown(mails, `Rapport real-mail review, sample "${seed}"`));
  writeFileSync(`${out}.txt`, `# ${seed}: id corpus/file of each mail, to leave out of later samples\n${mails.map((m) => `${m.id} ${m.corpus}/${m.file}`).join('\n')}\n`);
  const items = mails.flatMap((m) => m.items);
  const count = (kind: string) => items.filter((i) => i.kind === kind).length;
  finish(`${mails.length} mails → ${path.relative(process.cwd(), out)}.md / .json: ${count('hint')} hints, ${count('commitment')} commitments, ${count('request')} requests\n`);
}
