import browser from 'webextension-polyfill';
import type {Envelope, MessageName, Reply, RequestOf, ResponseOf} from './messages.ts';

export class MessageError extends Error {
  constructor(readonly messageName: MessageName, reason: string) {
    super(`${messageName}: ${reason}`);
    this.name = 'MessageError';
  }
}

/**
 * Send a typed message to the background and wait for its answer.
 * A stopped service worker is started by the browser on delivery, so no retry is needed for that;
 * a rejected promise means the background answered with an error or the extension was reloaded.
 */
export async function send<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = {rapport: 1, name, request};
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(name, 'no answer from the background');
  if (!reply.ok) throw new MessageError(name, reply.error);
  return reply.response;
}
