// `npm run bench`: Rapport's performance figures, readable; `npm run bench -- --json` prints one JSON object.
// Each issue adds its figures as a named group below. Benchmarks measure; they never pass or fail.
import {buildIfStale} from '../tests/browser/build.ts';
import {benchAnalysis} from './nlp.ts';
import {benchContentStart} from './content-start.ts';
import {benchStore} from './store.ts';
import {benchTyping} from './typing.ts';
import {benchGmailScale} from './gmail-scale.ts';
import {benchCalendar} from './calendar.ts';
import {benchIcs} from './ics.ts';
import {benchPopup} from './popup.ts';
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
];

buildIfStale();
const json = process.argv.includes('--json');
const results: Record<string, number> = {};
for (const group of groups) {
  const figures = await group.run();
  Object.assign(results, figures);
  if (!json) {
    console.info(`\n${group.name}`);
    for (const [key, value] of Object.entries(figures)) console.info(`  ${key.padEnd(34)} ${value}`);
  }
}
if (json) console.info(JSON.stringify(results));
