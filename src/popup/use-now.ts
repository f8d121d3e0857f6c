import {useEffect, useState} from 'react';

/** The current time, re-read every minute, so "due" lists move on while the popup stays open. `initial`: a moment
 * just past that the view's data was already read for (use-people.ts prefetchPeople). */
export function useNow(intervalMs = 60_000, initial?: number): number {
  const [now, setNow] = useState(() => initial ?? Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
