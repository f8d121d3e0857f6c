import browser, {type Runtime} from 'webextension-polyfill';
import {isEnvelope, isTagged, type Envelope, type MessageName, type Reply} from '../shared/messages.ts';
import {describeError, printError} from '../shared/log.ts';
import {TEST_BUILD} from '../shared/test-build.ts';
import {handlers} from './handlers/index.ts';
import {testOnlyHandlers} from './handlers/test-only.ts';
import type {Handler, SenderInfo} from './handlers/handler.ts';
import {refusal, senderContext} from './allowed-senders.ts';
import {thisExtension} from './this-extension.ts';
import {isTransientWriteFailure} from './write-failure.ts';

/** The handlers this build has: the test-only ones only in a test build (the bundler drops them otherwise). */
const registered: Partial<{[K in MessageName]: Handler<K>}> = TEST_BUILD ? {...handlers, ...testOnlyHandlers} : handlers;

function senderInfo(sender: Runtime.MessageSender): SenderInfo {
  const context = senderContext(sender, thisExtension());
  return {site: context === 'gmail' || context === 'calendar' ? context : null, tabId: sender.tab?.id ?? null};
}

/** Run a message's handler. Callers have checked the sender (listenForMessages); a missing handler is refused. */
export async function dispatch(envelope: Envelope, sender: SenderInfo): Promise<Reply> {
  const handler = registered[envelope.name] as Handler<MessageName> | undefined;
  if (!handler) return refuse(`${envelope.name} is not handled in this build`);
  try {
    return {ok: true, response: await handler(envelope.request, sender)};
  } catch (error) {
    printError(`handler ${envelope.name}`, error);
    const {message} = describeError(error);
    return isTransientWriteFailure(error) ? {ok: false, error: message, retryable: true} : {ok: false, error: message};
  }
}

/** Logged once per reason (printError), so a page replaying a refused message cannot flood the console. */
function refuse(reason: string): Promise<Reply> {
  printError('router: refused', reason);
  return Promise.resolve({ok: false, error: reason});
}

/**
 * Listen for Rapport's messages. Must be called synchronously at the service worker's top level: a worker that was
 * stopped is restarted to deliver a message, and only listeners registered in the first turn receive it.
 * Every message is checked here, in one place, against the contexts allowed to send it (allowed-senders.ts)
 * before its handler runs.
 */
export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isTagged(message)) return undefined; // not ours: let other listeners answer
    if (!isEnvelope(message)) return refuse(`unknown message ${JSON.stringify(message.name)?.slice(0, 60)}`);
    const refused = refusal(message.name, sender, thisExtension());
    if (refused) return refuse(refused);
    return dispatch(message, senderInfo(sender));
  });
}
