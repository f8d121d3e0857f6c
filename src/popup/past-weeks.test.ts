// @vitest-environment jsdom
import {act, createElement} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {speak} from '../../tests/unit/speak.ts';
import {database} from '../store/db.ts';
import {PastWeeks} from './past-weeks.tsx';

Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});

let root: Root;
let host: HTMLElement;
beforeEach(async () => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  await database().summaries.clear();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  speak('en');
});

const figures = (made: number, cadence?: {kept: number; of: number}) => ({commitments: {made, keptOnTime: 2, late: 1, open: 4}, ...(cadence ? {cadence} : {})});

/** Render, then let the live query answer (fake-indexeddb resolves on later macrotasks). */
async function show(weekStart: string): Promise<void> {
  await act(async () => root.render(createElement(PastWeeks, {weekStart})));
  for (let tick = 0; tick < 50 && !host.querySelector('table, [data-testid="past-weeks-empty"], [role="alert"]'); tick++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

const rows = () => [...host.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));

describe('PastWeeks', () => {
  it('is a table of previous weeks, newest first, each figure under its column and beside its week', async () => {
    await database().summaries.bulkPut([
      {weekStart: '2026-11-09', computedAt: 1, summary: figures(3, {kept: 4, of: 5})},
      {weekStart: '2026-11-16', computedAt: 2, summary: figures(6)},
      {weekStart: '2026-11-23', computedAt: 3, summary: figures(9)},
    ]);
    await show('2026-11-23');
    expect(host.querySelector('h3')!.textContent).toBe('Previous weeks');
    expect(host.querySelector('section')!.getAttribute('aria-labelledby')).toBe(host.querySelector('h3')!.id);
    expect(host.querySelector('caption')!.textContent).toBe('Commitments and regular meetings in each previous week, newest first');
    expect([...host.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Week of', 'col'], ['Made', 'col'], ['Kept on time', 'col'], ['Late', 'col'], ['Open', 'col'], ['Meetings kept', 'col'],
    ]);
    expect(rows()).toEqual([
      ['Mon, Nov 16', '6', '2', '1', '4', '–not recorded'],
      ['Mon, Nov 9', '3', '2', '1', '4', '4 of 5'],
    ]);
    expect([...host.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    // The dash is for the eye; a screen reader hears the words instead.
    expect(host.querySelector('tbody tr td:last-child [aria-hidden="true"]')!.textContent).toBe('–');
  });

  it('follows the interface language', async () => {
    speak('es');
    await database().summaries.put({weekStart: '2026-11-16', computedAt: 2, summary: figures(6, {kept: 2, of: 3})});
    await show('2026-11-23');
    expect(host.querySelector('h3')!.textContent).toBe('Semanas anteriores');
    expect(rows()).toEqual([['lun, 16 nov', '6', '2', '1', '4', '2 de 3']]);
  });

  it('says when no week has been summed up yet', async () => {
    await show('2026-11-23');
    expect(host.querySelector('[data-testid="past-weeks-empty"]')!.textContent).toMatch(/^Each week's figures are kept here/);
    expect(host.querySelector('table')).toBeNull();
  });
});
