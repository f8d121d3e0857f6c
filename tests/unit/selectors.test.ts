// @vitest-environment jsdom
// Every selector of every site against every fixture of that site: the count it must match (0 = must not match).
// When Gmail or Calendar changes, a refreshed fixture makes this fail at the selector that broke.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {findAll, type SelectorDef} from '../../src/sites/shared/selector.ts';
import {gmailSelectors} from '../../src/sites/gmail/selectors.ts';
import {calendarSelectors} from '../../src/sites/calendar/selectors.ts';

const sites: Record<string, Record<string, SelectorDef>> = {gmail: gmailSelectors, calendar: calendarSelectors};
// Paths from the project root (vitest's cwd): jsdom's environment rewrites import.meta.url.
const fixtureDir = (site: string) => join(process.cwd(), 'tests', 'fixtures', site);

function loadFixture(site: string, file: string): Document {
  const html = readFileSync(join(fixtureDir(site), file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

for (const [site, selectors] of Object.entries(sites)) {
  const pages = readdirSync(fixtureDir(site)).filter((file) => file.endsWith('.html'));

  describe(`${site} selectors`, () => {
    for (const [name, def] of Object.entries(selectors)) {
      it(`${name} states a count for every ${site} fixture`, () => {
        expect(def.fixtures.map(([, file]) => file).sort()).toEqual([...pages].sort());
      });
      for (const [count, file] of def.fixtures) {
        it(`${name} matches ${count} in ${file}`, () => {
          expect(findAll(def, loadFixture(site, file)).elements.length).toBe(count);
        });
      }
      it(`${name}: every strategy is valid CSS`, () => {
        for (const css of def.css) expect(() => document.querySelector(css)).not.toThrow();
      });
    }
  });
}
