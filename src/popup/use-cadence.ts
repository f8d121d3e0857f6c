import {useEffect, useState} from 'react';
import type {ResponseOf} from '../shared/messages.ts';
import {send} from '../shared/send.ts';

export type CadenceState = {status: 'loading'} | {status: 'ready'; report: ResponseOf<'cadence/list'>} | {status: 'failed'; error: string};

/**
 * The cadence per target. It is computed by the background (it needs every stored event and the settings), so it
 * is asked for once when the view opens rather than read live.
 */
export function useCadence(): CadenceState {
  const [state, setState] = useState<CadenceState>({status: 'loading'});
  useEffect(() => {
    let live = true;
    send('cadence/list', {}).then(
      (report) => live && setState({status: 'ready', report}),
      (error: unknown) => live && setState({status: 'failed', error: error instanceof Error ? error.message : String(error)}),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
