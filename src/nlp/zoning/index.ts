// Zoning: which parts of a mail are the writer's own words. Quoted replies, forwarded messages and their headers,
// signatures and contact blocks, disclaimers, mailing-list footers and ads, press-release boilerplate and machine
// output (logs, tables, figures) are someone else's text or no one's, and analysing them gives false hints; in the
// literature, removing quoted text cut request-detection errors by about 40%. Works on Gmail's DOM-zoned text and
// on whole mails pasted, forwarded or typed as plain text alike.
import type {Place} from '../hint.ts';
import {
  DISCLAIMER, FOOTER, FORWARD, HEADER_FIELD, HEADER_LEAD, MOBILE, PRESS, REPLY_HEADER, RULE_LINE, SIG_SEPARATOR,
  isContactLine, isMachineLine,
} from './patterns.ts';

/** `signed`: the writer's part ends with a sign-off, a name or a signature block. `quoted`: earlier mail follows or is
 * quoted (the mail is a reply or a forward). */
export type Zoning = {
  zones: Place[]; valediction?: Place; signed: boolean; quoted: boolean;
  /** Where the first earlier message (forwarded or quoted) begins: the text's length when there is none. */
  earlierMessageAt: number;
};

type Line = {start: number; end: number; text: string};

export const VALEDICTION = /^(?:best|best regards|kind regards|regards|warm regards|warmest regards|kindest regards|many thanks|thanks|thank you|thanks again|thanks so much|thank you so much|thanks in advance|thanks and regards|cheers|sincerely|yours sincerely|sincerely yours|yours truly|yours|all the best|all best|talk soon|warmly|best wishes|with thanks|with gratitude|take care|respectfully|speak soon|thx|rgds|tia|love|ciao)\s?[,.!]?(?:\s?-{0,2}\s?\p{Lu}[\p{L}.'-]{0,20}(?:\s\p{Lu}[\p{L}.'-]{0,20})?)?$/iu;
const INITIALS = /^[-–—~]?\s?\p{L}{1,3}\.?$/u;
/** The nearest non-empty line above line `i`, trimmed. */
function previousText(lines: Line[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (textAt(lines, j) !== '') return textAt(lines, j);
  return '';
}
const NAME_LINE = /^[-–—~]?\s?\p{Lu}[\p{L}.'’-]{0,20}(?:\s\p{Lu}[\p{L}.'’-]{0,20}){0,2}$/u;
const MAX_SIGNATURE_LINES = 10;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    lines.push({start, end: raw.endsWith('\r') ? end - 1 : end, text: raw.trim()});
    start = end + 1;
  }
  return lines;
}

const textAt = (lines: Line[], i: number): string => lines[i]?.text ?? '';

/** What one line is on its own, whatever surrounds it. Kept by line text: typing changes one line of a draft. */
type LineFacts = {marker: boolean; header: boolean; press: boolean; rule: boolean; contact: boolean; quote: boolean; skip: boolean};
const facts = new Map<string, LineFacts>();
const MAX_FACTS = 5000;

const SUPERCITE = /^[A-Z]{1,3}[a-z]?>\s/;

function factsOf(t: string): LineFacts {
  let f = facts.get(t);
  if (f) return f;
  const long = t.length > 400; // markers are short; skipping long lines keeps the scan linear
  const contact = !long && isContactLine(t);
  const rule = RULE_LINE.test(t);
  // ">From" at a line start is mbox's escape of a line beginning "From", not a quote.
  // "MF> how are you?": a quote prefixed with its writer's initials (Supercite, common on mailing lists).
  const quote = t.startsWith('>') && !t.startsWith('>From ') || SUPERCITE.test(t);
  f = {
    marker: !long && (SIG_SEPARATOR.test(t) || FORWARD.test(t) || DISCLAIMER.test(t) || MOBILE.test(t) || REPLY_HEADER.test(t) || FOOTER.test(t)),
    header: !long && HEADER_FIELD.test(t),
    press: !long && PRESS.test(t),
    rule,
    contact,
    quote,
    skip: quote || t.startsWith('|') || rule || !long && (contact || isMachineLine(t)),
  };
  if (facts.size >= MAX_FACTS) facts.clear();
  facts.set(t, f);
  return f;
}

/** The next `n` non-empty lines after `i`. */
function following(lines: Line[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && out.length < n; j++) if (textAt(lines, j) !== '') out.push(textAt(lines, j));
  return out;
}

/** A header block of a quoted message: a field line followed closely by another ("From: …\nSent: …\nTo: …"). */
function headerBlockAt(lines: Line[], i: number): number {
  if (!factsOf(textAt(lines, i)).header) return -1;
  if (!following(lines, i, 4).some((t) => factsOf(t).header)) return -1;
  // Lotus Notes puts the sender and the time on the lines above "To:": "Jeff Dasovich@ENRON\n05/03/2001 10:42 AM".
  let start = i;
  for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
    const t = textAt(lines, j);
    if (t === '') continue;
    if (t.length > 120 || !HEADER_LEAD.test(t)) break;
    start = j;
    seen++;
  }
  return start;
}

/**
 * Where the first earlier message begins (a forward or reply marker, an "On … wrote:" line, a quoted header block),
 * as an offset into the text; the text's length when there is none. A mailing is judged on the writer's own message
 * with its footers, not on what they forwarded or quoted under a note of their own.
 */
function firstEarlierMessage(lines: Line[], textLength: number): number {
  for (let i = 0; i < lines.length; i++) {
    const t = textAt(lines, i);
    if (t === '' || t.length > 400) continue;
    if (FORWARD.test(t) || REPLY_HEADER.test(t) || headerBlockAt(lines, i) >= 0) return lines[i]!.start;
  }
  return textLength;
}

/** "About Acme:" then "Acme is a leading…": the company section that closes a press release. */
function pressSectionAt(lines: Line[], i: number): boolean {
  const t = textAt(lines, i);
  if (!factsOf(t).press) return false;
  const about = /^About\s(\S+)/.exec(t);
  if (!about) return true;
  const next = following(lines, i, 1)[0] ?? '';
  return next.startsWith(about[1]!.replace(/[:.,]$/, '')) || /\b(?:is|are) (?:a|an|the|one)\b/.test(next.slice(0, 120));
}

/** Prose of the writer's own above line `i`: then the reply was written on top, and all below it is history. */
function writtenAbove(lines: Line[], i: number): boolean {
  for (let j = 0; j < i; j++) {
    const t = textAt(lines, j);
    if (t !== '' && !factsOf(t).quote && t.split(/\s+/).length >= 4) return true;
  }
  return false;
}

/** After a reply header at `i`: quoted (">") lines, then the writer's own lines again. */
function writtenBelowQuote(lines: Line[], i: number): boolean {
  let j = i + 1;
  if (!textAt(lines, j).startsWith('>')) j++; // a header wrapped over two lines
  let quotedLines = 0;
  for (; j < lines.length; j++) {
    const t = textAt(lines, j);
    if (t === '') continue;
    if (!factsOf(t).quote) break;
    quotedLines++;
  }
  if (quotedLines === 0 || j >= lines.length) return false;
  const after = textAt(lines, j);
  return !factsOf(after).marker && !SIG_SEPARATOR.test(after) && !REPLY_HEADER.test(after);
}

/** Index of the first line where someone else's text or boilerplate begins: everything from there on is dropped. */
function findCut(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = textAt(lines, i);
    if (t === '' || t.length > 400) continue; // markers are short; skipping long lines keeps the scan linear
    const f = factsOf(t);
    const next = textAt(lines, i + 1);
    // Gmail wraps long reply headers: "On Mon, 3 Jun 2024 at 10:02, Dana Lee <dana@x.com>\nwrote:".
    const replyHeader = REPLY_HEADER.test(t) || /^On\s/.test(t) && next.length < 200 && REPLY_HEADER.test(`${t} ${next}`);
    // A reply written under or between the quoted lines ("On … wrote:\n> …\n\nMy answer"), as on mailing lists:
    // the quote's lines are skipped one by one and the writer's own lines after them are kept.
    if (replyHeader && !writtenAbove(lines, i) && writtenBelowQuote(lines, i)) continue;
    if (f.marker || replyHeader) return i;
    const header = headerBlockAt(lines, i);
    if (header >= 0) return header;
    if (i > 0 && pressSectionAt(lines, i)) return i;
    // A rule line opens a footer, a forwarded header or an Outlook reply separator when one follows it.
    if (f.rule && following(lines, i, 3).some((n) => factsOf(n).header || FOOTER.test(n) || DISCLAIMER.test(n) || /^https?:/.test(n))) return i;
  }
  return lines.length;
}

// Signature lines are names, titles and data; a sentence has lower-case words and ends like one.
const proseLine = (t: string): boolean => t.length > 60 || /[.!?:]$/.test(t) && t.split(' ').length >= 3 && /\s\p{Ll}/u.test(t);

/**
 * The signature at the end of the writer's text: after a sign-off ("Best,\nDana Lee\nChief of Staff\n+1 555…"),
 * a block of short lines holding contact data, or a name alone on the last line.
 */
function findSignature(lines: Line[], cut: number): {valediction?: number; sigStart: number} {
  let block = cut;
  let contact = false;
  let last = -1;
  for (let i = cut - 1, seen = 0; i >= 0 && seen <= MAX_SIGNATURE_LINES; i--) {
    const t = textAt(lines, i);
    if (t === '') continue;
    if (last < 0) last = i;
    if (VALEDICTION.test(t)) return {valediction: i, sigStart: i + 1};
    if (factsOf(t).contact) contact = true;
    else if (proseLine(t)) break;
    block = i;
    seen++;
  }
  if (contact) return {sigStart: block};
  if (last >= 0 && NAME_LINE.test(textAt(lines, last)) && textAt(lines, last).split(' ').length <= 3 && last > 0) return {sigStart: last};
  // Initials under a line that ends in a comma sign a note: "let me know,\nkh".
  if (last > 0 && INITIALS.test(textAt(lines, last)) && /,$/.test(previousText(lines, last))) return {sigStart: last};
  return {sigStart: cut};
}

/** Lines inside the writer's part that are still not prose: quotes, contact data, machine output, rules. */
// A reply header kept inside the writer's part (a reply written under the quote) is someone else's line too.
const skipLine = (t: string): boolean => factsOf(t).skip || t.length <= 400 && REPLY_HEADER.test(t);

export function zone(text: string): Zoning {
  const lines = splitLines(text);
  const cut = findCut(lines);
  const {valediction, sigStart} = findSignature(lines, cut);
  const zones: Place[] = [];
  let open: Place | undefined;
  let inQuote = false; // inside a quoted paragraph whose lines were wrapped without their ">"
  for (let i = 0; i < Math.min(cut, sigStart); i++) {
    const line = lines[i] as Line;
    // A quoted line the sender's client wrapped: "> …looking for words near each\nother seems to work" goes on
    // without its ">". Only after a long quoted line, so an answer typed right under a short quote is kept.
    // A line with its own ">" ends any wrapping: "> …long line\n>\nMy answer" is an answer under a short quoted line
    // (a bottom-posted reply lost all its words when the wrapping ran on through ">" lines).
    const marked = line.text !== '' && factsOf(line.text).quote;
    const wrappedQuote: boolean = line.text !== '' && !marked && (inQuote || i > 0 && factsOf(textAt(lines, i - 1)).quote && textAt(lines, i - 1).length >= 60);
    inQuote = wrappedQuote;
    if (line.text !== '' && (skipLine(line.text) || wrappedQuote)) {
      open = undefined; // a skipped line breaks the zone so sentences never span it
      continue;
    }
    if (line.text === '') continue; // a zone ends at its last written line, never on blank ones
    if (open) open.end = line.end;
    else zones.push((open = {start: line.start, end: line.end}));
  }
  const signed = valediction !== undefined || sigStart < cut;
  const quoted = cut < lines.length && !SIG_SEPARATOR.test(textAt(lines, cut)) && !MOBILE.test(textAt(lines, cut)) || lines.some((l) => factsOf(l.text).quote);
  const v = valediction === undefined ? undefined : lines[valediction];
  const earlierMessageAt = firstEarlierMessage(lines, text.length);
  if (!v) return {zones, signed, quoted, earlierMessageAt};
  const raw = text.slice(v.start, v.end);
  const start = v.start + raw.length - raw.trimStart().length; // the line's text without its indentation
  return {zones, valediction: {start, end: start + v.text.length}, signed, quoted, earlierMessageAt};
}
