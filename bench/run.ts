// `npm run bench`: Rapport's performance figures, readable; `npm run bench -- --json` prints one JSON object.
// `npm run bench -- popup` runs only the groups whose name contains "popup" (any words given; case ignored).
// Each issue adds its figures as a named group below. Benchmarks measure; they never pass or fail. A group may
// re-measure the yardstick (compromise_parse_2000w_p50_ms) beside its own figures; in --json the last one is kept.
import {buildIfStale} from '../tests/browser/build.ts';
import {benchAnalysis} from './nlp.ts';
import {benchContentStart} from './content-start.ts';
import {benchStore} from './store.ts';
import {benchTyping} from './typing.ts';
import {benchGmailScale} from './gmail-scale.ts';
import {benchCalendar} from './calendar.ts';
import {benchIcs} from './ics.ts';
import {benchPopup} from './popup.ts';
import {benchThreadRead} from './thread-read.ts';
import {benchRadar} from './radar.ts';

type Group = {name: string; run: () => Promise<Record<string, number>>};

const groups: Group[] = [
  // First: its cold figure (load plus first analysis) must not find the engine already loaded.
  {name: 'analysis engine (Node)', run: benchAnalysis},
  {name: 'content-script start-up (real Chromium)', run: benchContentStart},
  {name: 'store with a year of data (real Chromium IndexedDB)', run: benchStore},
  {name: 'relationship radar with a year of data (real Chromium IndexedDB)', run: benchRadar},
  {name: 'calendar reading and cadence', run: benchCalendar},
  {name: 'calendar-file import (Node)', run: benchIcs},
  {name: 'popup with a year of data (real Chromium)', run: benchPopup},
  {name: 'typing in Gmail with a 2,000-word draft (real Chromium)', run: benchTyping},
  {name: 'a Gmail-sized page that keeps changing (real Chromium)', run: benchGmailScale},
  {name: 'opening a 20-message conversation in Gmail (real Chromium)', run: benchThreadRead},
];

buildIfStale();
const json = process.argv.includes('--json');
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--')).map((word) => word.toLowerCase());
const chosen = groups.filter((group) => wanted.length === 0 || wanted.some((word) => group.name.toLowerCase().includes(word)));
if (chosen.length === 0) throw new Error(`no benchmark group matches ${wanted.join(', ')}: ${groups.map((group) => group.name).join('; ')}`);
const results: Record<string, number> = {};
for (const group of chosen) {
  const figures = await group.run();
  Object.assign(results, figures);
  if (!json) {
    console.info(`\n${group.name}`);
    for (const [key, value] of Object.entries(figures)) console.info(`  ${key.padEnd(34)} ${value}`);
  }
}
if (json) console.info(JSON.stringify(results));
