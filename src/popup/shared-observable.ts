// One subscription to a live query, shared by whoever subscribes, its latest value kept for the next subscriber (as
// dexie-react-hooks' useObservable reads it, so a view mounted after the value arrived draws it on its first render).
// The source runs from creation; it stops once nobody is subscribed (or nobody came within IDLE_MS) and starts again
// for the next subscriber.
import type {InteropableObservable} from 'dexie-react-hooks';

export type Shared<T> = InteropableObservable<T> & {hasValue(): boolean; getValue(): T};

const IDLE_MS = 10_000;
type Listener<T> = {next: (value: T) => unknown; error?: (error: unknown) => unknown};

export function shared<T>(source: InteropableObservable<T>): Shared<T> {
  let has = false;
  let value: T;
  let failure: {error: unknown} | null = null;
  const listeners = new Set<Listener<T>>();
  let subscription: {unsubscribe(): unknown} | null = null;
  const start = () => {
    failure = null;
    const subscribed = source.subscribe((next) => {
      has = true;
      value = next;
      failure = null;
      for (const listener of [...listeners]) listener.next(next);
    }, (error: unknown) => {
      failure = {error};
      for (const listener of [...listeners]) listener.error?.(error);
    });
    subscription = typeof subscribed === 'function' ? {unsubscribe: subscribed} : subscribed;
  };
  const stop = () => {
    subscription?.unsubscribe();
    subscription = null;
  };
  let idle = setTimeout(() => listeners.size === 0 && stop(), IDLE_MS);
  start();
  return {
    hasValue: () => has,
    getValue: () => value,
    subscribe(next, error) {
      const listener: Listener<T> = {next, ...(error ? {error} : {})};
      listeners.add(listener);
      clearTimeout(idle);
      if (!subscription) start();
      if (failure) error?.(failure.error);
      else if (has) next(value);
      return {
        unsubscribe() {
          listeners.delete(listener);
          // Not at once: React unsubscribes and subscribes again in one go when it runs an effect twice.
          if (listeners.size === 0) idle = setTimeout(() => listeners.size === 0 && stop(), 0);
        },
      };
    },
  };
}
