import {describe, expect, it} from 'vitest';
import {summariseSites} from './site-health.ts';
import {timeAgo} from './time.ts';

const row = (site: 'gmail' | 'calendar', part: string, count: number, lastFoundAt: number | null) =>
  ({site, part, count, strategy: count ? 0 : null, lastFoundAt, reportedAt: 5000, uiLanguage: 'en'});

describe('summariseSites', () => {
  it('says what each site shows and which parts stopped matching', () => {
    const summaries = summariseSites([
      row('gmail', 'composeRoot', 1, 5000), row('gmail', 'sendButton', 0, 1000), row('gmail', 'fullscreenContainer', 0, null),
      row('calendar', 'eventChip', 15, 5000),
    ]);
    expect(summaries).toEqual([
      {site: 'gmail', headline: '1 compose window', reportedAt: 5000, broken: ['sendButton']},
      {site: 'calendar', headline: '15 events', reportedAt: 5000, broken: []},
    ]);
  });
});

describe('timeAgo', () => {
  it.each([[10_000, 'just now'], [5 * 60_000, '5 min ago'], [3 * 3_600_000, '3 h ago']])('%i ms ago is "%s"', (ago, text) => {
    expect(timeAgo(1_000_000_000_000 - ago, 1_000_000_000_000)).toBe(text);
  });
});
