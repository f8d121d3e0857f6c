import {useState} from 'react';
import {t} from '../shared/i18n.ts';
import {SITE_LABELS} from '../ui/site-health.ts';
import {captureFileName, captureRecentTab, type CaptureOutcome} from './capture-request.ts';
import {download} from './download.ts';

type Failure = Extract<CaptureOutcome, {ok: false}>;

function failureText(failure: Failure): string {
  if (failure.reason === 'no-tab') return t('options_captureNoTab');
  if (failure.reason === 'failed') return t('options_captureFailed');
  return failure.site === 'gmail' ? t('options_captureNothingGmail') : t('options_captureNothingCalendar');
}

/**
 * "Capture a redacted page" (issue 13): what a maintainer needs when Gmail or Calendar changes, without anyone's
 * mail. The tab's content script redacts; this page only saves the result (a file made here, or the clipboard).
 * If the clipboard refuses, the capture is shown selected so it can be copied by hand.
 */
export function CaptureControls() {
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const [byHand, setByHand] = useState<string | null>(null);

  const capture = (deliver: 'file' | 'clipboard') => async () => {
    setBusy(true);
    setByHand(null);
    setSaid(t('options_captureWorking'));
    try {
      const outcome = await captureRecentTab();
      if (!outcome.ok) return setSaid(failureText(outcome));
      const site = SITE_LABELS[outcome.site];
      if (deliver === 'file') {
        const name = captureFileName(outcome.site, outcome.view, outcome.capturedAt);
        download(name, outcome.html, 'text/html');
        return setSaid(t('options_captureSaved', name, site, outcome.view));
      }
      try {
        await navigator.clipboard.writeText(outcome.html);
        setSaid(t('options_captureCopied', site, outcome.view));
      } catch {
        setByHand(outcome.html);
        setSaid(t('options_captureCopyFailed'));
      }
    } catch (error) {
      console.error('capture', error);
      setSaid(t('options_captureFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2 id="capture-title">{t('options_captureTitle')}</h2>
      <p className="muted">{t('options_captureIntro')}</p>
      <div className="row">
        <button type="button" data-testid="capture-save" disabled={busy} onClick={() => void capture('file')()}>{t('options_captureSave')}</button>
        <button type="button" data-testid="capture-copy" disabled={busy} onClick={() => void capture('clipboard')()}>{t('options_captureCopy')}</button>
      </div>
      <p role="status" data-testid="capture-status">{said}</p>
      {byHand !== null && <textarea readOnly rows={8} aria-label={t('options_captureLabel')} value={byHand} ref={(element) => element?.select()} />}
    </>
  );
}
