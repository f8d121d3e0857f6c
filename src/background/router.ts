import browser, {type Runtime} from 'webextension-polyfill';
import {isEnvelope, type Envelope, type MessageName, type Reply} from '../shared/messages.ts';
import {describeError, printError} from '../shared/log.ts';
import {handlers} from './handlers/index.ts';
import type {Handler, SenderInfo} from './handlers/handler.ts';
import {isTransientWriteFailure} from './write-failure.ts';

function senderInfo(sender: Runtime.MessageSender): SenderInfo | null {
  // Only our own extension's contexts may talk to us (content scripts carry our id too).
  if (sender.id !== browser.runtime.id) return null;
  const url = sender.tab?.url ?? sender.url ?? '';
  const host = URL.canParse(url) ? new URL(url).host : '';
  const site = host === 'mail.google.com' ? 'gmail' : host === 'calendar.google.com' ? 'calendar' : null;
  return {site, tabId: sender.tab?.id ?? null};
}

export async function dispatch(envelope: Envelope, sender: SenderInfo): Promise<Reply> {
  const handler = handlers[envelope.name] as Handler<MessageName>;
  try {
    return {ok: true, response: await handler(envelope.request, sender)};
  } catch (error) {
    printError(`handler ${envelope.name}`, error);
    const {message} = describeError(error);
    return isTransientWriteFailure(error) ? {ok: false, error: message, retryable: true} : {ok: false, error: message};
  }
}

/**
 * Listen for Rapport's messages. Must be called synchronously at the service worker's top level: a worker that was
 * stopped is restarted to deliver a message, and only listeners registered in the first turn receive it.
 */
export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
    const info = senderInfo(sender);
    if (!info) return Promise.resolve({ok: false, error: 'unknown sender'} satisfies Reply);
    return dispatch(message, info);
  });
}
