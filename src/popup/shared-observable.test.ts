import {afterEach, describe, expect, it, vi} from 'vitest';
import {shared} from './shared-observable.ts';

/** A source that counts its subscriptions and lets the test push values. */
function source() {
  const state = {subscribed: 0, active: 0, push: (_value: number) => undefined as unknown};
  return {
    state,
    observable: {
      subscribe(next: (value: number) => unknown) {
        state.subscribed++;
        state.active++;
        state.push = next;
        return {unsubscribe: () => void state.active--};
      },
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a shared live query', () => {
  it('runs once for every subscriber and gives a late one the latest value at once', () => {
    vi.useFakeTimers();
    const {state, observable} = source();
    const query = shared(observable);
    expect(state.subscribed).toBe(1);
    expect(query.hasValue()).toBe(false);
    state.push(1);
    expect(query.hasValue() && query.getValue()).toBe(1);
    const seen: number[] = [];
    const first = query.subscribe((value) => seen.push(value));
    query.subscribe((value) => seen.push(value * 10));
    state.push(2);
    expect(seen).toEqual([1, 10, 2, 20]);
    expect(state.subscribed).toBe(1);
    (first as {unsubscribe(): void}).unsubscribe();
  });

  it('stops when its last subscriber leaves, or when none came, and starts again for the next', () => {
    vi.useFakeTimers();
    const {state, observable} = source();
    const query = shared(observable);
    vi.advanceTimersByTime(10_000);
    expect(state.active).toBe(0);
    const subscription = query.subscribe(() => undefined);
    expect([state.subscribed, state.active]).toEqual([2, 1]);
    // Left and taken up again in one go (React running an effect twice): the query goes on.
    (subscription as {unsubscribe(): void}).unsubscribe();
    const again = query.subscribe(() => undefined) as {unsubscribe(): void};
    vi.runAllTimers();
    expect([state.subscribed, state.active]).toEqual([2, 1]);
    again.unsubscribe();
    vi.runAllTimers();
    expect(state.active).toBe(0);
  });
});
