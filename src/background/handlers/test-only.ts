// Handlers for the messages only tests send (shared/messages.ts, TestOnlyMessageName): the end-to-end suite and
// the benchmarks seed the store with them. The router registers them in test builds only, so a production build
// leaves these modules out and no page can write a commitment or a tone count that no send produced.
import type {TestOnlyMessageName} from '../../shared/messages.ts';
import type {Handler} from './handler.ts';
import {commitmentsTrack} from './commitments-track.ts';
import {statsRecordTone} from './stats-record-tone.ts';

export const testOnlyHandlers: {[K in TestOnlyMessageName]: Handler<K>} = {
  'commitments/track': commitmentsTrack,
  'stats/recordTone': statsRecordTone,
};
