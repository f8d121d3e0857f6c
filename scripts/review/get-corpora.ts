// Lays out the review's corpora (sources.ts) as one message per file under RAPPORT_CORPORA (default ../corpora):
//   npm run review:corpora                 clones each repository at its commit (needs git and the network)
//   npm run review:corpora -- --mirror DIR  reads bare mirrors DIR/<owner>+<name>/... instead
// Annotation and JSON twin files are left out; nothing is written inside this repository.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {repoRoot} from '../lib/data.ts';
import {fail, finish} from '../lib/exit.ts';
import {SOURCES, type Source} from './sources.ts';
import {splitMbox} from './mbox.ts';

const args = process.argv.slice(2);
const mirrorRoot = args.includes('--mirror') ? args[args.indexOf('--mirror') + 1] : undefined;
const root = process.env.RAPPORT_CORPORA ?? path.resolve(repoRoot, '../corpora');

/** A git directory holding the source's commit: a local mirror, or a fresh shallow fetch of that one commit. */
function gitDir(source: Source): string {
  if (mirrorRoot) {
    const base = path.join(mirrorRoot, source.repo.replace('/', '+'));
    const found = [path.join(base, 'repo'), path.join(base, 'repo/.git'), base].find((dir) => existsSync(path.join(dir, 'HEAD')));
    if (!found) fail(`review:corpora: no mirror of ${source.repo} under ${mirrorRoot}`);
    return found;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-corpus-'));
  execFileSync('git', ['init', '--bare', '-q', dir]);
  execFileSync('git', ['--git-dir', dir, 'fetch', '-q', '--depth', '1', `https://github.com/${source.repo}.git`, source.commit], {stdio: 'inherit'});
  return dir;
}

const MESSAGE = /(?:\.txt|\.eml|\/\d+\.|\/[^/.]+)$/; // mail files; .ann, .json and README files are not mail
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

let total = 0;
for (const source of SOURCES.filter((s) => !only || s.corpus === only)) {
  const dir = gitDir(source);
  const commit = mirrorRoot ? 'HEAD' : source.commit;
  const out = path.join(root, source.corpus, 'messages');
  mkdirSync(out, {recursive: true});
  let n = 0;
  for (const prefix of source.paths) {
    const files = execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', '--name-only', commit, prefix], {encoding: 'utf8', maxBuffer: 64 << 20}).split('\n')
      .filter((f) => f && (source.match ? source.match.test(f) : MESSAGE.test(f)) && !/README|\.md$/i.test(f));
    for (const file of files) {
      let body: Buffer;
      try {
        body = execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${file}`], {maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'ignore']});
      } catch {
        process.stderr.write(`review:corpora: ${file} is not in this copy of ${source.repo}; left out\n`); // a mirror may omit its largest files
        continue;
      }
      const name = file.slice(prefix.length).replace(/\//g, '__').replace(/\.$/, '');
      if (source.format !== 'mbox') {
        writeFileSync(path.join(out, `${name}.eml`), body);
        n++;
        continue;
      }
      for (const [i, message] of splitMbox(body.toString('latin1')).entries()) {
        writeFileSync(path.join(out, `${name}__${i + 1}.eml`), Buffer.from(message, 'latin1'));
        n++;
      }
    }
  }
  total += n;
  finish(`${source.corpus}: ${n} messages from ${source.repo}@${source.commit.slice(0, 8)} (${source.licence})\n`);
}
finish(`${total} messages under ${root}; ${readdirSync(root).length} folders\n`);
