// The mail a sent reply answers, read from the quoted text under it: what Gmail gives the coach as the last received
// message of an inline reply. The review passes it, so the hints that read the thread are judged on real mail too.
import {zone} from '../../src/nlp/zoning/index.ts';
import {FORWARD, HEADER_FIELD} from '../../src/nlp/zoning/patterns.ts';

export type Received = {text: string; from?: string};

const FROM_HEADER = /^\s*From:\s*(.+)$/im;
const WROTE = /^\s*(?:On\s.{0,200}?,\s*)?(.{1,80}?)\s+(?:wrote|writes)\s?:\s*$/m;
// "Jane Doe <jane@x.com>", "jane@x.com", "Jane Doe/HOU/ECT@ECT": a display name, else the address.
const displayName = (raw: string) => raw.replace(/<[^>]*>|"|\[.*?\]/g, '').replace(/\/.*$/, '').replace(/\s+on\s+\d.*$/i, '').replace(/\s{2,}.*$/, '').trim();

/** The first earlier message quoted under a reply, without its header lines and quote marks; none for a forward. */
export function lastReceivedOf(body: string): Received | undefined {
  const at = zone(body).earlierMessageAt;
  if (at >= body.length) return undefined;
  const rest = body.slice(at);
  const opening = rest.split('\n', 1)[0]!.trim();
  // A forward hands on someone else's mail: its asks were not made of this writer.
  if (FORWARD.test(opening) && !/original message|mensaje original|message d'origine|ursprüngliche/i.test(opening)) return undefined;
  const lines = rest.split('\n').map((line) => line.replace(/^\s*(?:>\s?)+/, ''));
  // "On Mon, May 14, 2001, Dana Lee wrote:": the name is what follows the date.
  const from = FROM_HEADER.exec(lines.slice(0, 8).join('\n'))?.[1] ?? /([^,\d]*)$/.exec(WROTE.exec(lines.slice(0, 3).join('\n'))?.[1] ?? '')?.[1];
  // Skip the opening line and the header block under it (From:, Sent:, To:, Subject:…, and their wrapped lines).
  let i = 1;
  while (i < lines.length && (HEADER_FIELD.test(lines[i]!.trim()) || /^Sensitivity\s?:/i.test(lines[i]!.trim()) || lines[i]!.trim() === '' || /^\s+\S/.test(lines[i]!) && i < 8 && HEADER_FIELD.test(lines[i - 1]!.trim()))) i++;
  const message = lines.slice(i).join('\n');
  // Only the last received message: the history quoted under it is older.
  const text = message.slice(0, zone(message).earlierMessageAt).trim();
  if (!text) return undefined;
  const name = from ? displayName(from) : '';
  return name ? {text, from: name} : {text};
}
