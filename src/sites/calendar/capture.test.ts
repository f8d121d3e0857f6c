// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {findAll, type SelectorDef} from '../shared/selector.ts';
import {redactedPage} from '../shared/redact/page.ts';
import {calendarCapture} from './capture.ts';
import {calendarSelectors} from './selectors.ts';

const STAMP = {capturedAt: new Date('2026-11-23T10:15:00Z'), version: '0.1.0'};
const HOME = 'https://calendar.google.com/calendar/u/0/r';

describe('what a Calendar capture holds', () => {
  it('the grid, the time zone and the open event details: every selector finds what it finds on the page', () => {
    loadFixture('calendar', 'week-en-details.html');
    const spec = calendarCapture(document, `${HOME}/week/2026/11/23`)!;
    expect(spec.view).toBe('week');
    const page = new DOMParser().parseFromString(redactedPage(spec, STAMP), 'text/html');
    for (const [name, def] of Object.entries(calendarSelectors as Record<string, SelectorDef>)) {
      expect(findAll(def, page).elements.length, name).toBe(findAll(def, document).elements.length);
    }
  });

  it('names the view from the address, and captures nothing on the settings pages', () => {
    loadFixture('calendar', 'agenda-en.html');
    expect(calendarCapture(document, `${HOME}/agenda`)!.view).toBe('agenda');
    loadFixture('calendar', 'settings.html');
    expect(calendarCapture(document, `${HOME}/settings`)).toBeNull();
  });

  it('captures the whole page when the address says calendar but the hooks are gone', () => {
    loadFixture('calendar', 'week-en.html');
    document.querySelector('[role="main"]')!.removeAttribute('role');
    const spec = calendarCapture(document, `${HOME}/week`)!;
    expect(spec.targets[0]).toBe(document.body);
  });
});
