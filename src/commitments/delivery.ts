// Did a mail deliver on an earlier promise? Pure: given the open commitments of a thread and the sentences of the
// new mail that read like a delivery ("attached is…", "here are…", "done"), say which commitments it closes.

const DELIVERY_CUE = /\b(attached|attaching|enclosed|please find|here(?: is|'s| are| you go| it is| they are)|i(?:'ve| have) (?:sent|shared|attached|uploaded|forwarded|booked|scheduled|confirmed|added|updated|moved|set up|put)|(?:just|now) (?:sent|shared|booked|confirmed|done)|as promised|all done|this is done|it'?s done|done\b)/i;

/** Words that say nothing about what was promised: a delivery must share a content word with the promise. */
const STOPWORDS = new Set(('a an the to for of on in at by with from and or but it its this that these those you your ' +
  'me my we our us i them they their he she his her be is are was will would can could should shall get got send ' +
  'sending sent share shared back over up out let know check follow follow-up make sure have has had do done give ' +
  'look into take care soon asap today tomorrow week next end day friday monday tuesday wednesday thursday ' +
  'saturday sunday eod eow morning afternoon evening please just also then there here all any some').split(' '));

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  return new Set(words.map((word) => word.replace(/'s$/, '')).filter((word) => word.length > 2 && !STOPWORDS.has(word)));
}

export function isDeliverySentence(sentence: string): boolean {
  return DELIVERY_CUE.test(sentence);
}

export type OpenPromise = {id: string; action: string; sentence: string};

/**
 * The commitments a mail delivers. A delivery sentence closes the promises it shares a content word with
 * ("Attached is the deck" closes "I'll send the deck"). When the thread has a single open promise, any delivery
 * cue or an attachment closes it: in a thread about one thing, "Here you go" is about that thing.
 */
export function deliveredCommitments(open: OpenPromise[], sentences: string[], hasAttachment: boolean): string[] {
  const deliveries = sentences.filter(isDeliverySentence);
  if (deliveries.length === 0 && !hasAttachment) return [];
  const deliveredWords = new Set(deliveries.flatMap((sentence) => [...contentWords(sentence)]));
  const matched = open.filter((promise) => [...contentWords(promise.action || promise.sentence)].some((word) => deliveredWords.has(word)));
  if (matched.length > 0) return matched.map((promise) => promise.id);
  return open.length === 1 ? [open[0]!.id] : [];
}
