// The content-script end of the analysis port. Reconnects when the worker was stopped (Chrome closes ports then)
// and hands each reply to `onReply`. Posting never throws into the page.
import browser, {type Runtime} from 'webextension-polyfill';
import {ANALYSIS_PORT, type AnalysisReply, type AnalysisRequest} from '../../shared/analysis-port.ts';
import {reportError} from '../shared/report-error.ts';

export function createAnalysisChannel(onReply: (reply: AnalysisReply) => void, signal: AbortSignal) {
  let port: Runtime.Port | undefined;
  // The thread's last message rides along only when it changed, or on a new port (a restarted worker).
  let sentLastReceived: string | undefined;
  const connect = (): Runtime.Port => {
    const opened = browser.runtime.connect({name: ANALYSIS_PORT});
    opened.onMessage.addListener((message: unknown) => onReply(message as AnalysisReply));
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
    });
    sentLastReceived = undefined;
    return opened;
  };
  signal.addEventListener('abort', () => port?.disconnect(), {once: true});
  return {
    post(request: AnalysisRequest): void {
      if (signal.aborted) return;
      try {
        port ??= connect();
        const received = request.input.lastReceived?.text;
        if (received !== undefined && received === sentLastReceived) {
          port.postMessage({...request, input: {...request.input, lastReceived: undefined}, sameLastReceived: true});
        } else {
          sentLastReceived = received;
          port.postMessage(request);
        }
      } catch (error) {
        port = undefined; // extension reloaded or worker gone: the next post reconnects
        reportError('analysis-channel', error);
      }
    },
  };
}
