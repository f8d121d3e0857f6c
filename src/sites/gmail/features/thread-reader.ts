// Feature: the conversations the user opens are read for the relationship radar. On each rescan of the page (the one
// throttled observer), the headers of the open conversation are read; only when its newest message is new to this
// page (a thread opened, a newer message arrived, the newest one expanded) is its text read and `thread/read` sent.
// The background stores each ask and promise once, so a thread opened again on another page load adds nothing.
// Never writes to the page or the draft; never opens IndexedDB.
import type {ThreadRead} from '../../../shared/thread.ts';
import type {Settings} from '../../../settings/settings.ts';
import {isNeverAnalysed} from '../../../settings/tiers.ts';
import {glanceConversation, readConversation, seeConversation} from '../conversation.ts';

export type ThreadReaderDeps = {
  send(read: ThreadRead): Promise<unknown>;
  settings(): Promise<Settings>;
  onError(error: unknown): void;
  page?: Document;
};

/** Keys remembered per page load, so that going back to a thread read already sends nothing; bounded. */
const REMEMBERED = 200;

export function createThreadReader({send, settings, onError, page = document}: ThreadReaderDeps) {
  const told = new Set<string>();

  /** The text goes only when the user has not asked Rapport to leave this sender alone. */
  const deliver = async (read: ThreadRead) => {
    const {people} = await settings();
    const newest = read.messages.at(-1);
    const {latest, ...headers} = read;
    await send(latest && newest && isNeverAnalysed(newest.from.email, people) ? headers : read);
  };

  return {
    /** Called on every rescan: cheap unless something new is shown. Never throws (errors go to `onError`). */
    scan(): void {
      try {
        const key = glanceConversation(page);
        if (key === null || told.has(key)) return;
        const seen = seeConversation(page);
        if (!seen) return;
        told.add(key);
        if (told.size > REMEMBERED) told.delete(told.values().next().value!);
        const read = readConversation(seen);
        deliver(read).catch((error: unknown) => {
          told.delete(key); // not told after all: the next rescan tries again
          onError(error);
        });
      } catch (error) {
        onError(error);
      }
    },
  };
}
