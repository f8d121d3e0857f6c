import {useState} from 'react';
import {t} from '../shared/i18n.ts';

type Outcome = {kind: 'idle'} | {kind: 'copied'} | {kind: 'failed'; text: string};

/**
 * "Copy catch-up agenda". The agenda is built on click, from what the view shows then. If the clipboard refuses
 * (no focus, a policy), the text is shown selected so the user can copy it by hand.
 */
export function CopyAgenda({agenda}: {agenda: (() => string) | null}) {
  const [outcome, setOutcome] = useState<Outcome>({kind: 'idle'});
  const copy = async () => {
    if (!agenda) return;
    const text = agenda();
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({kind: 'copied'});
    } catch {
      setOutcome({kind: 'failed', text});
    }
  };
  return (
    <div className="copy-agenda">
      <button type="button" className="primary" disabled={!agenda} onClick={() => void copy()}>{t('popup_copyAgenda')}</button>
      <span role="status" className="muted" data-testid="agenda-status">
        {outcome.kind === 'copied' ? t('popup_agendaCopied') : outcome.kind === 'failed' ? t('popup_agendaCopyFailed') : ''}
      </span>
      {outcome.kind === 'failed' && (
        <textarea readOnly aria-label={t('popup_agendaLabel')} value={outcome.text} rows={8} ref={(element) => element?.select()} />
      )}
    </div>
  );
}
