// A received message's own words, as plain text for the background to read for asks and promises: its quoted
// history, the signature the page marks and Gmail's trimmed content are left out. Unlike a draft (draft-text.ts),
// the body is the sender's HTML, whose source line breaks and indentation render as single spaces; block elements
// and <br> are the line breaks. Reads only; one walk of the body's nodes, no layout.
import {gmailSelectors as S} from './selectors.ts';

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IMG', 'svg']);
const leftOut = S.receivedNotOwnWords.css.join(', ');

export function readMessageText(body: Element): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += (node as Text).data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIP.has(element.tagName) || element.matches(leftOut)) return;
    if (element.tagName === 'BR') return endLine();
    const block = BLOCKS.has(element.tagName);
    if (block) endLine();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) endLine();
  };
  for (let child = body.firstChild; child; child = child.nextSibling) visit(child);
  endLine();
  return lines.join('\n');
}
