// @vitest-environment jsdom
// Every Gmail and Calendar fixture, redacted whole: none of its words survive anywhere a word could hide (text,
// redacted attributes, the text inside base64 event ids), and every selector of the site still finds exactly what
// it found in the original. The second half is what makes a capture worth saving as a fixture.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {calendarSelectors} from '../../calendar/selectors.ts';
import {gmailSelectors} from '../../gmail/selectors.ts';
import {findAll, type SelectorDef} from '../selector.ts';
import {textInsideBase64} from './base64-ids.ts';
import {ID_FORMAT_WORDS} from './ids.ts';
import {redactedPage} from './page.ts';
import {SHORTEST_WORD} from './placeholders.ts';

const SITES = {gmail: gmailSelectors, calendar: calendarSelectors} as const satisfies Record<string, Record<string, SelectorDef>>;
const STAMP = {capturedAt: new Date('2026-11-23T10:15:00Z'), version: '0.1.0'};

/** Attributes whose values are hooks and structure, kept by design (the list, and what the fixtures carry
 * besides). Every other attribute value must come out redacted. Written here, not imported, so that a change to the
 * redaction's own list has to be argued in this test too. */
const STRUCTURE = new Set([
  'class', 'style', 'role', 'aria-hidden', 'tabindex', 'selector', 'jsaction', 'data-eventchip', 'data-datekey', 'id', 'type',
  'contenteditable', 'g_editable', 'aria-multiline', 'aria-haspopup', 'aria-modal', 'aria-level', 'aria-labelledby', 'dir', 'lang',
  'data-opens-details', 'data-stacked-layout-chip', 'data-stacked-layout-chip-container', 'data-smartmail', 'gh', 'jsname',
  'jsslot', 'rel', 'data-chips-dialog',
  // A collapsed all-day row and the schedule picker's buttons: states and actions the readers key on, never text.
  'aria-expanded', 'data-mdc-dialog-action',
  // Addresses keep their skeleton on Google's hosts and lose the rest (urls.test.ts); the fixtures' are all "data:,".
  'src', 'href',
]);
/** `name` is structure on form controls and Gmail's recipient rows, a person's name elsewhere. */
const isStructure = (element: Element, attribute: string) =>
  STRUCTURE.has(attribute) || (attribute === 'name' && (['input', 'textarea', 'select', 'button', 'form'].includes(element.localName) || ['to', 'cc', 'bcc'].includes(element.getAttribute('name')!)))
  // Gmail's "no id yet" in a hidden id input, before its first autosave: what the reader acts on, nobody's data.
  || (attribute === 'value' && element.localName === 'input' && ['undefined', 'null'].includes(element.getAttribute('value')!));
/** Emitted by the serialiser itself, whatever the page. */
const MARKUP_WORDS = ['amp', 'lt', 'gt', 'quot', 'nbsp', 'doctype', 'html', 'head', 'meta', 'charset', 'utf', 'body'];

const fixtureDir = (site: string) => join(process.cwd(), 'tests', 'fixtures', site);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const letterRuns = (text: string) => (text.match(/[\p{L}\p{M}]+/gu) ?? []).map((run) => run.toLowerCase());
const words = (text: string) => letterRuns(text).filter((run) => run.length >= SHORTEST_WORD);

/** A text's shape, written independently of the redaction: capitals, small letters, digits, other symbols; the rest
 * (whitespace, punctuation, invisible formatting) as it is. */
const shapeOf = (text: string) => text.replace(/[\p{Lu}\p{Lt}]/gu, 'A').replace(/[\p{L}\p{M}]/gu, 'a').replace(/\p{Nd}/gu, '9')
  .replace(/[^\p{ASCII}\p{P}\p{Z}\p{Cf}]/gu, 'S');

type Content = {texts: string[]; values: string[]; structure: string[]};

/** What an attribute's value says: for an event id, the text encoded inside it ("tasks_" and "bday_" aside). */
function meaningOf(attribute: string, value: string): string {
  if (attribute !== 'data-eventid') return value;
  const bare = value.replace(/^(tasks|bday)_/, '');
  return textInsideBase64(bare) ?? bare;
}

/** The format words of ids, taken out of a text before looking for words in it ("bday" holds "day"). */
const withoutFormatWords = (text: string) => text.replace(/[\p{L}\p{M}]+/gu, (run) => (ID_FORMAT_WORDS.has(run.toLowerCase()) ? ' ' : run));

/** What a page holds that is somebody's content, and what is its structure. Head and scripts are never captured. */
function contentOf(page: Document): Content {
  const content: Content = {texts: [], values: [], structure: []};
  const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) content.texts.push(node.nodeValue!);
  for (const element of [page.body, ...page.body.querySelectorAll('*')]) {
    content.structure.push(element.localName);
    for (const {name, value} of element.attributes) {
      content.structure.push(name);
      if (isStructure(element, name)) content.structure.push(value);
      else content.values.push(meaningOf(name, value));
    }
  }
  return content;
}

for (const [site, selectors] of Object.entries(SITES)) {
  describe(`a redacted capture of every ${site} fixture`, () => {
    for (const file of readdirSync(fixtureDir(site)).filter((name) => name.endsWith('.html'))) {
      const original = parse(readFileSync(join(fixtureDir(site), file), 'utf8'));
      const html = redactedPage({site: site as 'gmail' | 'calendar', view: 'test', targets: [original.body]}, STAMP);
      const captured = parse(html.trimEnd()); // the file's last newline would land in <body> as text
      const before = contentOf(original);
      const after = contentOf(captured);
      const secretWords = new Set([...before.texts, ...before.values].flatMap(words).filter((word) => !ID_FORMAT_WORDS.has(word)));

      it(`${file}: no word of its texts, redacted attributes or event ids is left in those places`, () => {
        expect(secretWords.size).toBeGreaterThan(5);
        const redacted = withoutFormatWords([...after.texts, ...after.values].join('\n')).toLowerCase();
        expect([...secretWords].filter((word) => redacted.includes(word))).toEqual([]);
      });

      it(`${file}: no word of its content is anywhere in the file, unless the page also uses it as a hook`, () => {
        const body = html.slice(html.indexOf('-->') + 3); // the header is the same for every page (header.test.ts)
        const hooks = new Set([...before.structure.flatMap(letterRuns), ...MARKUP_WORDS]);
        const left = [...new Set(letterRuns(body))].filter((word) => secretWords.has(word) && !hooks.has(word));
        expect(left).toEqual([]);
      });

      it(`${file}: no text and no redacted value survives whole, in any case`, () => {
        const longEnough = (text: string) => words(text).length > 0;
        const whole = [...before.texts, ...before.values].map((text) => text.trim().toLowerCase()).filter(longEnough);
        const redacted = [...after.texts, ...after.values].join('\n').toLowerCase();
        expect(whole.filter((text) => redacted.includes(text))).toEqual([]);
      });

      it(`${file}: keeps every element, attribute name and hook`, () => {
        expect(after.structure).toEqual(before.structure);
        // Comments are left out, so texts on either side of one become one text: compare the page's text as a whole.
        expect(shapeOf(captured.body.textContent!)).toBe(shapeOf(original.body.textContent!));
      });

      it(`${file}: every selector and each of its strategies finds what it found before`, () => {
        for (const [name, def] of Object.entries(selectors as Record<string, SelectorDef>)) {
          expect(findAll(def, captured).elements.length, name).toBe(findAll(def, original).elements.length);
          for (const css of def.css) expect(captured.querySelectorAll(css).length, `${name}: ${css}`).toBe(original.querySelectorAll(css).length);
        }
      });

      it(`${file}: is the same file when captured again`, () => {
        expect(redactedPage({site: site as 'gmail' | 'calendar', view: 'test', targets: [parse(readFileSync(join(fixtureDir(site), file), 'utf8')).body]}, STAMP)).toBe(html);
      });
    }
  });
}
