// The public mail corpora a review draws from (sources.md lists each with its repository, commit and licence),
// laid out one message per file under <root>/<corpus>/messages/. Sampling is seeded, so a sheet can be drawn
// again exactly, and can leave out every mail of earlier sheets, so the final figure is never measured on mail
// the engine was adjusted on.
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {createHash} from 'node:crypto';
import {parseMail, type Mail} from './mail.ts';

/**
 * Business mail (Enron) and mailing-list mail (Apache projects, the SpamAssassin ham), in the review's mix: the mix
 * every sheet up to final-4 was drawn with, kept so that `--seed` draws each of them again. Later sheets name their
 * own mix (`--mix`), since the first pools are used up.
 */
export const CORPORA: Record<string, number> = {'enron-mini-debatty': 3, 'enron-quagga': 3, 'enron-palimpzest': 1, 'asf-quagga': 2, 'spamassassin-ham': 1};

/** "enron-sent-cmu=9,spamassassin-ham=1" → the weights it names. */
export function parseMix(text: string): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [name, weight] = part.split('=');
    const w = Number(weight);
    if (!name || !Number.isFinite(w) || w <= 0) throw new Error(`a mix is name=weight,…; not "${part}"`);
    mix[name.trim()] = w;
  }
  return mix;
}

export type Sampled = {id: string; corpus: string; file: string; mail: Mail};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (text: string): number => createHash('sha256').update(text).digest().readUInt32LE(0);

/** A usable mail: some prose of its own, not a bounce or an empty forward, not too long to read on a sheet. */
function usable(mail: Mail): boolean {
  const words = mail.body.split(/\s+/).filter(Boolean).length;
  return words >= 8 && mail.body.length <= 12_000 && !/^(?:Delivery|Undeliverable|Returned mail|Out of Office|Auto)/i.test(mail.subject);
}

/**
 * The mail in a corpus file, when it is usable and not drawn already or left out (by its body's id or its file): the
 * corpora overlap (the same Enron mail in two sets), so a mail is known by its body. Marks it drawn.
 */
function draw(root: string, corpus: string, file: string, seen: Set<string>, exclude: ReadonlySet<string>): Sampled | null {
  const mail = parseMail(readFileSync(path.join(root, corpus, 'messages', file), 'utf8'));
  if (!mail || !usable(mail)) return null;
  const id = createHash('sha256').update(mail.body.trim()).digest('hex').slice(0, 12);
  if (seen.has(id) || exclude.has(id) || exclude.has(`${corpus}/${file}`)) return null;
  seen.add(id);
  return {id, corpus, file, mail};
}

/**
 * The mails of an earlier sheet's list ("id corpus/file" lines), drawn again: to judge a new engine on mail judged
 * before (development data), or to re-read one sheet. A file that is missing or no longer usable is left out, said.
 */
export function fromList(root: string, entries: readonly string[]): Sampled[] {
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    const slash = entry.indexOf('/');
    const [corpus, file] = [entry.slice(0, slash), entry.slice(slash + 1)];
    const drawn = slash > 0 && existsSync(path.join(root, corpus, 'messages', file)) ? draw(root, corpus, file, seen, new Set()) : null;
    if (!drawn) process.stderr.write(`review: ${entry} is not in ${root} or not usable; left out\n`);
    return drawn ? [drawn] : [];
  });
}

/** The corpora of a mix that are laid out under `root`, with their weights. */
function present(root: string, mix: Record<string, number>): Array<[string, number]> {
  const pools = Object.entries(mix).filter(([name]) => existsSync(path.join(root, name, 'messages')));
  if (pools.length === 0) throw new Error(`no corpus found under ${root} (see scripts/review/sources.md)`);
  return pools;
}

/**
 * `quotas`: each corpus gives its share of the n mails (n × weight / total), walking its files in a seeded order,
 * and a corpus that runs short leaves its share short. Without it, each draw picks a corpus by weight and a file at
 * random, retrying on a mail left out: once the smaller pools are mostly left out by earlier sheets, those retries
 * drift the mix towards the largest pool, so later sheets use quotas to keep the mix the weights say.
 */
export function sample(root: string, n: number, seed: string, exclude: ReadonlySet<string> = new Set(), quotas = false, mix: Record<string, number> = CORPORA): Sampled[] {
  if (quotas) return sampleByQuota(root, n, seed, exclude, mix);
  const random = mulberry32(seedOf(seed));
  const pools = present(root, mix).map(([name, weight]) => ({name, weight, files: readdirSync(path.join(root, name, 'messages')).sort()}));
  const total = pools.reduce((sum, p) => sum + p.weight, 0);
  const seen = new Set<string>();
  const out: Sampled[] = [];
  for (let tries = 0; out.length < n && tries < n * 50; tries++) {
    let pick = random() * total;
    const pool = pools.find((p) => (pick -= p.weight) < 0) ?? pools[0]!;
    const drawn = draw(root, pool.name, pool.files[Math.floor(random() * pool.files.length)]!, seen, exclude);
    if (drawn) out.push(drawn);
  }
  return out;
}

function sampleByQuota(root: string, n: number, seed: string, exclude: ReadonlySet<string>, mix: Record<string, number>): Sampled[] {
  const random = mulberry32(seedOf(seed));
  const pools = present(root, mix);
  const total = pools.reduce((sum, [, weight]) => sum + weight, 0);
  const seen = new Set<string>();
  const out: Sampled[] = [];
  for (const [name, weight] of pools) {
    const files = readdirSync(path.join(root, name, 'messages')).sort();
    for (let i = files.length - 1; i > 0; i--) { // a seeded shuffle: the same seed walks the same files
      const j = Math.floor(random() * (i + 1));
      [files[i], files[j]] = [files[j]!, files[i]!];
    }
    const share = Math.round(n * weight / total);
    let taken = 0;
    for (const file of files) {
      if (taken >= share) break;
      const drawn = draw(root, name, file, seen, exclude);
      if (!drawn) continue;
      out.push(drawn);
      taken++;
    }
    if (taken < share) process.stderr.write(`review: ${name} gave ${taken} of its ${share} mails (the rest are used by earlier sheets)\n`);
  }
  // Interleaved by the seed, so a reviewer's part is not one corpus.
  return out.map((mail) => ({mail, key: random()})).sort((a, b) => a.key - b.key).map(({mail}) => mail);
}
