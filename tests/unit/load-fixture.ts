import {readFileSync} from 'node:fs';
import {join} from 'node:path';

/** Replace the current jsdom document with a fixture page (tests/fixtures/<site>/<file>). */
export function loadFixture(site: 'gmail' | 'calendar', file: string): Document {
  const html = readFileSync(join(process.cwd(), 'tests', 'fixtures', site, file), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return document;
}
