import type {MessageName, RequestOf, ResponseOf} from '../../shared/messages.ts';

/** Who sent a message, reduced to what handlers may rely on. */
export type SenderInfo = {
  /** The site a content script runs on, or null for the extension's own pages. */
  site: 'gmail' | 'calendar' | null;
  tabId: number | null;
};

export type Handler<K extends MessageName> = (request: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>>;
