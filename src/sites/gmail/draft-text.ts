// The user's own words in a compose body, as plain text, with a map back to the DOM so that findings (offsets
// into the text) become Ranges to highlight or replace. Quoted replies and signatures are left out. Reading only:
// nothing here writes to the body. Costs one walk of the body's nodes, no layout.
import {gmailSelectors as S} from './selectors.ts';

/** A text node and where its characters start in `text`. Characters between segments are virtual line breaks. */
type Segment = {node: Text; start: number};

export type DraftText = {text: string; segments: Segment[]};

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'PRE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
const excludedCss = S.notOwnWords.css.join(', ');

export function readDraftText(body: Element): DraftText {
  const segments: Segment[] = [];
  // Pieces joined once at the end, with the length and last character kept by hand: asking a string built by `+=`
  // whether it ends with a break flattens it each time, which made a 12,000-line draft take 90 s to read.
  const parts: string[] = [];
  let length = 0;
  let endsWithBreak = false;
  const append = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    endsWithBreak = piece.endsWith('\n');
  };
  // A block boundary becomes one line break, written only when more text follows (no trailing breaks).
  let pendingBreak = false;
  const flushBreak = () => {
    if (pendingBreak && length > 0 && !endsWithBreak) append('\n');
    pendingBreak = false;
  };
  const lineBreak = () => {
    pendingBreak = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      flushBreak();
      segments.push({node: node as Text, start: length});
      append(data.replace(/\u00a0/g, ' ')); // same length: offsets stay exact
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIP.has(element.tagName) || element.tagName.startsWith('RAPPORT-') || element.matches(excludedCss)) return;
    if (element.tagName === 'BR') {
      flushBreak();
      append('\n');
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) lineBreak();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) lineBreak();
  };
  for (let child = body.firstChild; child; child = child.nextSibling) visit(child);
  return {text: parts.join(''), segments};
}

/** The segment holding offset `at` (or the next one, when `at` is on a virtual character). */
function segmentIndex(segments: Segment[], at: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.start <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A DOM Range over `text.slice(start, end)`, or null when the draft changed under it. */
export function rangeFor(draft: DraftText, start: number, end: number): Range | null {
  if (draft.segments.length === 0 || start >= end) return null;
  const first = draft.segments[segmentIndex(draft.segments, start)]!;
  const last = draft.segments[segmentIndex(draft.segments, end - 1)]!;
  const startOffset = Math.max(0, start - first.start);
  const endOffset = Math.min(last.node.data.length, end - last.start);
  if (!first.node.isConnected || !last.node.isConnected || startOffset > first.node.data.length || endOffset < 0) return null;
  const range = first.node.ownerDocument.createRange();
  try {
    range.setStart(first.node, Math.min(startOffset, first.node.data.length));
    range.setEnd(last.node, endOffset);
  } catch {
    return null;
  }
  return range;
}

/**
 * Where the caret is in `draft.text`, or null when the selection is not in the draft's words. A caret on an element
 * (an empty line) counts as the start of the next text after it.
 */
export function caretOffset(draft: DraftText, selection: Selection | null): number | null {
  if (!selection || selection.rangeCount === 0 || draft.segments.length === 0) return null;
  const {focusNode, focusOffset} = selection;
  if (!focusNode) return null;
  const own = draft.segments.find((segment) => segment.node === focusNode);
  if (own) return own.start + Math.min(focusOffset, own.node.data.length);
  const caret = focusNode.ownerDocument?.createRange();
  if (!caret) return null;
  try {
    caret.setStart(focusNode, focusOffset);
  } catch {
    return null;
  }
  // The first text at or after the caret (segments are in document order).
  const next = draft.segments.find((segment) => caret.comparePoint(segment.node, 0) >= 0);
  return next ? next.start : draft.text.length;
}
