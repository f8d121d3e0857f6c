import {t} from '../shared/i18n.ts';
import {send} from '../shared/send.ts';
import type {StoredCommitment} from '../store/records.ts';
import {shortDate} from '../shared/dates.ts';
import {dueLabel} from '../ui/due-label.ts';
import {capitalise} from '../shared/capitalise.ts';
import {useItemAction} from './use-item-action.ts';

export type CommitmentAction = 'done' | 'dismiss' | 'reopen';


function closedState(commitment: StoredCommitment, timeZone: string): string {
  const closed = commitment.closedAt ? shortDate(commitment.closedAt, timeZone) : null;
  if (commitment.status === 'dismissed') return closed ? t('popup_stateDismissedOn', closed) : t('popup_stateDismissed');
  if (commitment.closedHow === 'delivered') return closed ? t('popup_stateDeliveredOn', closed) : t('popup_stateDelivered');
  return closed ? t('popup_stateDoneOn', closed) : t('popup_stateDone');
}

function state(commitment: StoredCommitment, now: number, timeZone: string): {text: string; warn: boolean} {
  if (commitment.status === 'done' || commitment.status === 'dismissed') return {text: closedState(commitment, timeZone), warn: false};
  if (commitment.dueAt === null) {
    return {text: commitment.vague && commitment.duePhrase ? t('popup_stateVague', commitment.duePhrase) : dueLabel(null), warn: false};
  }
  return {text: t('popup_stateDue', dueLabel(commitment.dueAt, now), shortDate(commitment.dueAt, timeZone)), warn: commitment.dueAt < now};
}

function owner(commitment: StoredCommitment): string {
  if (commitment.owner === 'executive') return commitment.ownerName ? t('popup_ownerForExecutive', commitment.ownerName) : t('popup_ownerForYourExecutive');
  if (commitment.owner === 'other') return commitment.ownerName ? t('popup_ownerBy', commitment.ownerName) : t('popup_ownerBySomeoneElse');
  return t('popup_ownerYours');
}

/** "For Dana · to sam@acme.example · made Fri, Nov 27 · “Q4 planning”": whose, to whom, when, in which mail. */
function provenance(commitment: StoredCommitment, timeZone: string): string {
  return [
    owner(commitment),
    ...(commitment.counterparts.length > 0 ? [t('popup_madeTo', commitment.counterparts.join(', '))] : []),
    t('popup_madeOn', shortDate(commitment.createdAt, timeZone)),
    ...(commitment.subject ? [t('popup_subject', commitment.subject)] : []),
  ].join(' · ');
}

/** One commitment: what was promised, to whom, where it stands, and what the user can do about it. */
export function CommitmentItem({commitment, now, timeZone, focused, onActing, onActed}: {
  commitment: StoredCommitment; now: number; timeZone: string; focused: boolean;
  /** Called before the message goes: the store may change (and this item leave the list) before it is answered. */
  onActing: (commitment: StoredCommitment) => void;
  /** Called once the background has done it; `null` when it failed. */
  onActed: (commitment: StoredCommitment, action: CommitmentAction | null) => void;
}) {
  const {ref, busy, error, run} = useItemAction(focused);
  const title = capitalise(commitment.action || commitment.sentence);
  const act = async (action: CommitmentAction) => {
    if (busy) return;
    onActing(commitment);
    // Through the background: the commitment's nudge, the badge and the alarms follow the change.
    const done = await run(() => send('commitments/update', {id: commitment.id, action}));
    onActed(commitment, done ? action : null);
  };
  // aria-disabled rather than disabled while busy: a disabled button drops the keyboard focus.
  const busyProps = {'aria-disabled': busy || undefined};
  const {text, warn} = state(commitment, now, timeZone);
  const headingId = `commitment-${commitment.id}`;
  return (
    <li ref={ref} tabIndex={-1} className={`card commitment status-${commitment.status}${focused ? ' focused' : ''}`}
      data-commitment-id={commitment.id} aria-labelledby={headingId}>
      <div className="nudge-head">
        <strong id={headingId}>{title}</strong>
        <span className={warn ? 'warn' : 'muted'}>{text}</span>
      </div>
      <p className="muted small">{provenance(commitment, timeZone)}</p>
      <blockquote className="sentence">{commitment.sentence}</blockquote>
      <div className="actions" role="group" aria-label={t('popup_actionsFor', title)}>
        {commitment.status === 'open' ? (
          <>
            <button type="button" className="primary" {...busyProps} onClick={() => void act('done')}>{t('popup_done')}</button>
            <button type="button" className="quiet" {...busyProps} onClick={() => void act('dismiss')}>{t('popup_dismiss')}</button>
          </>
        ) : (
          <button type="button" {...busyProps} onClick={() => void act('reopen')}>{t('popup_reopen')}</button>
        )}
      </div>
      {error && <p className="warn" role="alert">{error}</p>}
    </li>
  );
}
