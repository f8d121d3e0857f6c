// How often tone hints fire on the Wikipedia politeness quartiles: often on impolite requests (recall of real tone
// problems), rarely on polite ones (false alarms). Split into the development half, which rule design may look at,
// and the held-apart half, which is only ever measured. Run: npx tsx scripts/lib/tone-rates.ts [--dev]
import {fileURLToPath} from 'node:url';
import {analyze} from '../../src/nlp/index.ts';
import {isHeldApart, loadPoliteness, politenessQuartiles, type LabelledItem} from './data.ts';
import {defaultSettings} from '../../src/settings/settings.ts';

const DEFAULT_OFF = [...defaultSettings.rules.disabled];

export type Rate = {fired: number; total: number; share: number};
export type QuartileRates = Rate & {byRule: Record<string, Rate>};
export type Rates = {impolite: QuartileRates; polite: QuartileRates};

const rate = (fired: number, total: number): Rate => ({fired, total, share: total === 0 ? 0 : fired / total});

function quartileRates(items: LabelledItem[]): QuartileRates {
  let any = 0;
  const perRule = new Map<string, number>();
  for (const item of items) {
    // A request counts once per rule however many hints that rule gives it.
    // With the rules a new user has on, as the product ships and the real-mail review runs it.
    const ids = new Set(analyze({text: item.text}, {disabledRules: DEFAULT_OFF}).hints.filter((n) => n.type === 'tone').map((n) => n.ruleId));
    if (ids.size > 0) any++;
    for (const id of ids) perRule.set(id, (perRule.get(id) ?? 0) + 1);
  }
  const byRule = Object.fromEntries([...perRule.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => [id, rate(n, items.length)]));
  return {...rate(any, items.length), byRule};
}

function ratesOf(items: LabelledItem[]): Rates {
  return {impolite: quartileRates(items.filter((it) => !it.label)), polite: quartileRates(items.filter((it) => it.label))};
}

const quartiles = (held: boolean) => politenessQuartiles(loadPoliteness()).filter((it) => isHeldApart(it.id) === held);

/** The development half alone: what to look at while changing rules. */
export const devToneRates = (): Rates => ratesOf(quartiles(false));

export function toneRates(): {dev: Rates; held: Rates} {
  return {dev: devToneRates(), held: ratesOf(quartiles(true))};
}

const pct = (r: Rate) => `${(r.share * 100).toFixed(1).padStart(5)}% (${r.fired}/${r.total})`;

function print(name: string, rates: Rates): void {
  console.info(`${name}: any tone hint  impolite ${pct(rates.impolite)}  polite ${pct(rates.polite)}`);
  const ids = [...new Set([...Object.keys(rates.impolite.byRule), ...Object.keys(rates.polite.byRule)])].sort();
  for (const id of ids) {
    const impolite = rates.impolite.byRule[id] ?? rate(0, rates.impolite.total);
    const polite = rates.polite.byRule[id] ?? rate(0, rates.polite.total);
    console.info(`  ${id.padEnd(28)} impolite ${pct(impolite)}  polite ${pct(polite)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // --dev while working on the rules, so the held-apart figures are not seen until the end.
  if (process.argv.includes('--dev')) print('development', devToneRates());
  else {
    const {dev, held} = toneRates();
    print('development', dev);
    print('held apart', held);
  }
}
