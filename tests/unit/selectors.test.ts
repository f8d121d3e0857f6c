// @vitest-environment jsdom
// Every selector of every site against every fixture of that site: the count it must match (0 = must not match).
// When Gmail or Calendar changes, a refreshed fixture makes this fail at the selector that broke.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {findAll, type FallbackCheck, type SelectorDef} from '../../src/sites/shared/selector.ts';
import {gmailSelectors} from '../../src/sites/gmail/selectors.ts';
import {calendarSelectors} from '../../src/sites/calendar/selectors.ts';

const sites: Record<string, Record<string, SelectorDef>> = {gmail: gmailSelectors, calendar: calendarSelectors};
// Paths from the project root (vitest's cwd): jsdom's environment rewrites import.meta.url.
const fixtureDir = (site: string) => join(process.cwd(), 'tests', 'fixtures', site);

function loadFixture(site: string, file: string): Document {
  const html = readFileSync(join(fixtureDir(site), file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The fixture as the site would render it after renaming the hooks named (see FallbackCheck). */
function stripHooks(page: Document, hooks: readonly string[]): Document {
  const copy = page.cloneNode(true) as Document;
  for (const hook of hooks) {
    if (hook.startsWith('.')) {
      for (const element of copy.querySelectorAll(hook)) element.classList.remove(hook.slice(1));
    } else if (hook.startsWith('[')) {
      const attribute = hook.slice(1, -1).split('=')[0]!;
      for (const element of copy.querySelectorAll(hook)) element.removeAttribute(attribute);
    } else {
      for (const element of copy.querySelectorAll(hook)) {
        const plain = copy.createElement('div');
        for (const attribute of element.attributes) plain.setAttribute(attribute.name, attribute.value);
        plain.append(...element.childNodes);
        element.replaceWith(plain);
      }
    }
  }
  return copy;
}

const countAlone = (css: string, page: Document) => page.querySelectorAll(css).length;

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
      if (def.css.length > 1) {
        it(`${name} states what each of its ${def.css.length} strategies matches alone in every fixture`, () => {
          for (const [, file, each] of def.fixtures) {
            expect(each, `${name} in ${file}`).toHaveLength(def.css.length);
            const page = loadFixture(site, file);
            expect(def.css.map((css) => countAlone(css, page)), `${name} in ${file}`).toEqual(each);
          }
        });
        it(`${name} exercises every fallback alone`, () => {
          const checked = (def.fallbacks ?? []).map((check: FallbackCheck) => check.strategy).sort();
          expect(checked).toEqual(def.css.map((_, index) => index).slice(1));
        });
        for (const check of def.fallbacks ?? []) {
          // On every fixture where this fallback has something to find: with the earlier hooks gone it wins, and finds
          // what the intact page's count says. At least one such fixture must exist, or the fallback is untested.
          it(`${name}: with ${check.strip.join(' ')} gone, strategy ${check.strategy} alone finds the same`, () => {
            const exercised = def.fixtures.filter(([count, , each]) => count > 0 && (each?.[check.strategy] ?? 0) > 0);
            expect(exercised.length, `fixtures exercising ${name} strategy ${check.strategy}`).toBeGreaterThan(0);
            for (const [count, file] of exercised) {
              const found = findAll(def, stripHooks(loadFixture(site, file), check.strip));
              expect(found.strategy, `${name} in ${file}`).toBe(check.strategy);
              expect(found.elements.length, `${name} in ${file}`).toBe(count);
            }
          });
        }
      }
      it(`${name}: every strategy is valid CSS`, () => {
        for (const css of def.css) expect(() => document.querySelector(css)).not.toThrow();
      });
    }
  });
}
