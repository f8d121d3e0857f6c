import browser from 'webextension-polyfill';
import type {Envelope, MessageName, Reply, RequestOf, ResponseOf} from './messages.ts';
import {retrying} from './retry.ts';
import {t} from './i18n.ts';

export class MessageError extends Error {
  constructor(readonly messageName: MessageName, reason: string) {
    super(`${messageName}: ${reason}`);
    this.name = 'MessageError';
  }
}

/** One delivery. Throws on transport failure (no worker, extension reloaded); returns the background's reply. */
async function deliver<K extends MessageName>(name: K, request: RequestOf<K>): Promise<Reply<K>> {
  const envelope: Envelope<K> = {rapport: 1, name, request};
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(name, t('common_noAnswer'));
  return reply;
}

function unwrap<K extends MessageName>(name: K, reply: Reply<K>): ResponseOf<K> {
  if (!reply.ok) throw new MessageError(name, reply.error);
  return reply.response;
}

/**
 * Send a typed message to the background and wait for its answer. A stopped service worker is started by the
 * browser on delivery; a rejection means the background answered with an error or the extension was reloaded.
 */
export async function send<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  return unwrap(name, await deliver(name, request));
}

/** A reply the background marked retryable (a write failed for a passing reason), thrown so `retrying` tries again. */
class RetryableReply extends Error {}

/**
 * Send a message whose handler is idempotent, retrying a bounded number of times if the worker is stopped under it
 * or answers that its write failed for a passing reason (storage quota, an aborted transaction): sending again is
 * safe, and a send's promises must not be lost to a moment's full disk. Any other error the background answered
 * with is final. The last failure is thrown, for the caller to report.
 */
export async function sendIdempotent<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  try {
    return unwrap(name, await retrying(async () => {
      const reply = await deliver(name, request);
      if (!reply.ok && reply.retryable) throw new RetryableReply(reply.error);
      return reply;
    }));
  } catch (error) {
    throw error instanceof RetryableReply ? new MessageError(name, error.message) : error;
  }
}
