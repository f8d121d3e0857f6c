import {send} from '../shared/send.ts';
import type {StoredNudge} from '../store/records.ts';

const isCommitment = (nudge: StoredNudge) => nudge.kind === 'commitment-due' || nudge.kind === 'commitment-undated';

/**
 * Done and dismiss on a commitment's nudge act on the commitment itself (its nudge follows); other nudges are
 * acted on directly. Everything goes through the background, which keeps the badge and alarms in step.
 */
export async function completeNudge(nudge: StoredNudge, how: 'done' | 'dismiss'): Promise<void> {
  if (isCommitment(nudge)) await send('commitments/update', {id: nudge.subjectId, action: how});
  else await send('nudges/act', {id: nudge.id, action: how});
}

export async function snoozeNudge(nudge: StoredNudge, until: number): Promise<void> {
  await send('nudges/act', {id: nudge.id, action: 'snooze', until});
}
