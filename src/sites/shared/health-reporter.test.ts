// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

const sent: unknown[] = [];
vi.mock('../../shared/send.ts', () => ({send: async (_name: string, report: unknown) => void sent.push(report)}));
const {createHealthReporter} = await import('./health-reporter.ts');

const selectors = {box: {css: ['.box'], about: 'a box', fixtures: []}};

describe('createHealthReporter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sent.length = 0;
    document.body.innerHTML = '<div class="box"></div>';
  });
  afterEach(() => vi.useRealTimers());

  it('reports soon after the page settles, then at most once per interval however often the page changes', async () => {
    const health = createHealthReporter('gmail', selectors, {delayMs: 500, minIntervalMs: 2_000});
    health.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
    // The page keeps changing: a new count each time, but not before two seconds have passed since the last one.
    for (let ms = 0; ms < 1_900; ms += 100) {
      document.body.insertAdjacentHTML('beforeend', '<div class="box"></div>');
      health.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
  });

  it('says nothing when nothing it counts has changed', async () => {
    const health = createHealthReporter('gmail', selectors);
    health.schedule();
    await vi.advanceTimersByTimeAsync(500);
    health.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
  });
});
