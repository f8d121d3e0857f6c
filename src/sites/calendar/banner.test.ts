// @vitest-environment jsdom
import {describe, expect, it, vi} from 'vitest';
import type {CadenceView} from '../../shared/messages.ts';
import {speak, speakEnglishAfterEach} from '../../../tests/unit/speak.ts';
import {createBanner} from './banner.ts';

speakEnglishAfterEach();

const view = (targetId: string, status: CadenceView['status'], label: string): CadenceView =>
  ({targetId, label, status, detail: `${label} detail.`, attendees: [], eventTitle: label});
const views = [
  view('weekly', 'overdue', 'Weekly catch-up'), view('monthly', 'not-scheduled', 'Monthly goals and objectives'),
  view('quarterly', 'due-soon', 'Quarterly strategic review'), view('half', 'unknown', 'Performance review'), view('daily', 'ok', 'Daily catch-up'),
];
const rows = (host: HTMLElement) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('ul:not(.flags) > li')]
  .map((row) => [row.textContent, row.querySelector('button')?.getAttribute('aria-label') ?? null]);

describe('calendar banner', () => {
  it('lists the gaps with their status words and a Schedule button, in English', () => {
    const banner = createBanner(vi.fn());
    expect(banner.render(views, true, [{kind: 'back-to-back', text: 'Tuesday: back to back from 9:00 to 12:00.'}])).toBe(true);
    const root = banner.host.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).toBe('Rapport · your meeting rhythm');
    expect(root.querySelector('section')!.getAttribute('aria-label')).toBe('Rapport: meeting rhythm');
    expect(root.querySelector('button.close')!.getAttribute('aria-label')).toBe('Dismiss for today');
    expect(root.querySelector('h3')!.textContent).toBe("Your executive's week");
    expect(rows(banner.host)).toEqual([
      ['Weekly catch-up · overdueWeekly catch-up detail.Schedule', 'Schedule Weekly catch-up'],
      ['Monthly goals and objectives · not scheduledMonthly goals and objectives detail.Schedule', 'Schedule Monthly goals and objectives'],
      ['Quarterly strategic review · due soonQuarterly strategic review detail.Schedule', 'Schedule Quarterly strategic review'],
      ["Performance review · can't tell yetPerformance review detail.", null],
    ]);
    expect(root.querySelector('.note')!.textContent).toBe('Rapport guessed who your executive is from this calendar; set who is who in its options.');
    expect(root.querySelector('section')!.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('section')!.getAttribute('lang')).toBe('en');
  });

  it('in Spanish, right to left when the interface is', () => {
    speak('es');
    const banner = createBanner(vi.fn());
    banner.render(views.slice(0, 1), false);
    expect(rows(banner.host)).toEqual([['Weekly catch-up · vencidoWeekly catch-up detail.Programar', 'Programar: Weekly catch-up']]);
    expect(banner.host.shadowRoot!.querySelector('h2')!.textContent).toBe('Rapport · tu ritmo de reuniones');
    speak('ar', {rtl: true});
    expect(createBanner(vi.fn()).host.shadowRoot!.querySelector('section')!.getAttribute('dir')).toBe('rtl');
  });
});
