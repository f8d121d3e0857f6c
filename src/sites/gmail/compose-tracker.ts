// Finds every compose surface on the page, including those already open when the script starts (an observer alone
// misses them), gives each a session with its own AbortController, and ends the session when Gmail removes it.
// Gmail is a single-page app: views change without a page load, so the set of composes is re-derived on every scan
// rather than remembered.
import {findAll, findOne} from '../shared/selector.ts';
import {gmailSelectors as S} from './selectors.ts';
import {readCompose, type ComposeInfo} from './compose.ts';

export type ComposeSession = {root: HTMLElement; body: HTMLElement; info: ComposeInfo; signal: AbortSignal};
export type ComposeFeature = (session: ComposeSession) => void;

export function createComposeTracker(onCompose: ComposeFeature, onError: (error: unknown) => void) {
  const sessions = new Map<HTMLElement, AbortController>();

  const start = (root: HTMLElement) => {
    const body = findOne(S.composeBody, root);
    if (!body) return; // Gmail inserts the frame before the editor: the next scan will catch it
    const controller = new AbortController();
    sessions.set(root, controller);
    try {
      onCompose({root, body, info: readCompose(root), signal: controller.signal});
    } catch (error) {
      onError(error);
    }
  };

  return {
    /** Bring sessions in line with the page: start new composes, end removed ones. Returns the live count. */
    scan(): number {
      for (const [root, controller] of sessions) {
        if (!root.isConnected) {
          controller.abort();
          sessions.delete(root);
        }
      }
      for (const root of findAll(S.composeRoot).elements) {
        if (!sessions.has(root)) start(root);
      }
      return sessions.size;
    },
    stopAll(): void {
      for (const controller of sessions.values()) controller.abort();
      sessions.clear();
    },
  };
}
