import browser, {type Runtime} from 'webextension-polyfill';
import {ANALYSIS_PORT, type AnalysisReply, type AnalysisRequest} from '../../shared/analysis-port.ts';
import {printError} from '../../shared/log.ts';
import {loadNlp} from './engine.ts';
import {ANALYSIS_PORT_SENDERS, senderContext} from '../allowed-senders.ts';
import {thisExtension} from '../this-extension.ts';

type Analyzer = ReturnType<Awaited<ReturnType<typeof loadNlp>>['createAnalyzer']>;

/**
 * One analyser per compose window, behind a port. Requests are answered in order; a request that arrives while one
 * is running replaces any other still waiting (only the newest draft matters), so a fast typist never queues work.
 */
export function listenForAnalysisPorts(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== ANALYSIS_PORT) return;
    const context = port.sender ? senderContext(port.sender, thisExtension()) : null;
    if (!context || !ANALYSIS_PORT_SENDERS.includes(context)) {
      printError('analysis port: refused', `a port from ${context ?? 'an unknown sender'}`);
      port.disconnect(); // only a compose in Gmail has drafts to analyse
      return;
    }
    let analyzer: Analyzer | undefined;
    let lastReceived: AnalysisRequest['input']['lastReceived'];
    let waiting: AnalysisRequest | undefined;
    let busy = false;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });

    const drain = async () => {
      if (busy) return;
      busy = true;
      try {
        while (waiting && open) {
          const request = waiting;
          waiting = undefined;
          if (request.sameLastReceived) request.input.lastReceived = lastReceived;
          else lastReceived = request.input.lastReceived;
          analyzer ??= (await loadNlp()).createAnalyzer();
          const started = performance.now();
          const analysis = analyzer.analyze(request.input, request.options);
          const reply: AnalysisReply = {
            seq: request.seq, language: analysis.language, hints: analysis.hints, commitments: analysis.commitments,
            analysisMs: performance.now() - started,
          };
          if (open) port.postMessage(reply);
        }
      } catch (error) {
        printError('analysis port', error);
      } finally {
        busy = false;
      }
    };

    port.onMessage.addListener((message: unknown) => {
      waiting = message as AnalysisRequest;
      void drain();
    });
  });
}
