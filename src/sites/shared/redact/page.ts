// A part of a live page as a standalone, redacted HTML document: what a maintainer saves as a test fixture. Two
// passes over the same selection: the first gathers every word the capture would hold, so no placeholder can spell
// one; the second copies the nodes into a fresh, inert document with every value redacted on the way in (nothing
// unredacted is ever written into a document, where an address could start loading).
import {redactAttribute} from './attributes.ts';
import {textInsideBase64} from './base64-ids.ts';
import {captureHeader, type CaptureStamp} from './header.ts';
import {Placeholders, SHORTEST_WORD} from './placeholders.ts';
import {capturedChildren, selectionOf, type Selection} from './selection.ts';
import {wordsOf} from './shape.ts';

export type CaptureSpec = {
  site: 'gmail' | 'calendar';
  /** What was captured, as a short technical name ("compose-popup", "thread", "week"): never page content. */
  view: string;
  /** The parts of the page to capture whole; their ancestors come along as bare shells. */
  targets: readonly Element[];
  /** The test fixtures' stylesheet for this site (tests/fixtures/<site>/), linked so the harness shows it styled. */
  stylesheet?: string;
};

const HTML = 'http://www.w3.org/1999/xhtml';

/** What a form control holds now: typed text lives in the property, not the attribute. Passwords never. */
function liveValue(element: Element): string | null {
  if (element.localName === 'textarea') return (element as HTMLTextAreaElement).value;
  if (element.localName !== 'input') return null;
  const input = element as HTMLInputElement;
  return input.type === 'password' || input.type === 'file' ? '' : input.value;
}

function attributeValues(element: Element): Array<[name: string, namespace: string | null, value: string]> {
  const live = element.localName === 'input' ? liveValue(element) : null;
  // A typed-in value the attribute does not show yet is written as the attribute, so the fixture shows it too.
  const values: Array<[string, string | null, string]> = [...element.attributes].map((attribute) =>
    [attribute.name, attribute.namespaceURI, attribute.name === 'value' && live !== null ? live : attribute.value]);
  if (live && !element.hasAttribute('value')) values.push(['value', null, live]);
  return values;
}

function gatherWords(node: Node, insideWhole: boolean, selection: Selection, words: Set<string>): void {
  const add = (text: string) => {
    for (const word of wordsOf(text)) if (word.length >= SHORTEST_WORD) words.add(word);
  };
  if (node.nodeType === Node.TEXT_NODE) return add(node.nodeValue ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const whole = insideWhole || selection.whole.has(element);
  for (const [, , value] of attributeValues(element)) {
    add(value);
    add(textInsideBase64(value) ?? '');
  }
  if (element.localName === 'textarea') add(liveValue(element) ?? '');
  for (const child of capturedChildren(element, whole, selection)) gatherWords(child, whole, selection, words);
}

function copyElement(element: Element, out: Document, placeholders: Placeholders): Element {
  const copy = element.namespaceURI === HTML || !element.namespaceURI ? out.createElement(element.localName) : out.createElementNS(element.namespaceURI, element.tagName);
  for (const [name, namespace, value] of attributeValues(element)) {
    const redacted = redactAttribute(element, name, value, placeholders);
    if (redacted === null) continue;
    try {
      if (namespace) copy.setAttributeNS(namespace, name, redacted);
      else copy.setAttribute(name, redacted);
    } catch {
      // A name the parser allowed and the DOM API refuses (a quote, a "<" in it): the attribute stays out.
    }
  }
  return copy;
}

function copyTree(node: Node, insideWhole: boolean, selection: Selection, out: Document, placeholders: Placeholders): Node | null {
  if (node.nodeType === Node.TEXT_NODE) return out.createTextNode(placeholders.text(node.nodeValue ?? ''));
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const whole = insideWhole || selection.whole.has(element);
  const copy = copyElement(element, out, placeholders);
  if (element.localName === 'textarea') {
    copy.textContent = placeholders.text(liveValue(element) ?? '');
    return copy;
  }
  for (const child of capturedChildren(element, whole, selection)) {
    const childCopy = copyTree(child, whole, selection, out, placeholders);
    if (childCopy) copy.append(childCopy);
  }
  return copy;
}

/** The redacted capture of `spec.targets` as a whole HTML document, the same text for the same page and stamp. */
export function redactedPage(spec: CaptureSpec, stamp: CaptureStamp): string {
  const source = spec.targets[0]?.ownerDocument;
  if (!source?.body) throw new Error('nothing to capture');
  const selection = selectionOf(spec.targets);
  const words = new Set<string>();
  gatherWords(source.documentElement, false, {whole: selection.whole, shells: new Set([...selection.shells, source.body])}, words);
  const placeholders = new Placeholders(words);

  const out = source.implementation.createHTMLDocument('');
  const charset = out.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  out.head.replaceChildren(charset);
  if (spec.stylesheet) {
    const link = out.createElement('link');
    link.setAttribute('rel', 'stylesheet');
    link.setAttribute('href', `/fixture-assets/${spec.stylesheet}`);
    out.head.append(link);
  }
  for (const [name, namespace, value] of attributeValues(source.documentElement)) {
    const redacted = redactAttribute(source.documentElement, name, value, placeholders);
    if (redacted !== null && !namespace) out.documentElement.setAttribute(name, redacted);
  }
  const body = copyTree(source.body, false, selection, out, placeholders) as Element;
  out.body.replaceWith(body);
  return `<!doctype html>\n${captureHeader(spec, stamp)}\n${out.documentElement.outerHTML}\n`;
}
