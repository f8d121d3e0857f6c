// What the Now list's nudges and the Commitments list's promises share: the item takes the keyboard focus when the
// list hands it on, runs one action at a time (busy while it runs), and shows a failed action's error in place.
import {useEffect, useRef, useState} from 'react';

export function useItemAction(focused: boolean) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.focus();
  }, [focused]);
  /** Runs `work` and says whether it succeeded. Callers check `busy` first: one action at a time. */
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError('');
    try {
      await work();
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {ref, busy, error, run};
}
