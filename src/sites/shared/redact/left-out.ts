// What a capture never contains. Scripts and inline event code are the site's program, not its structure, and can
// hold data; styles and links are the site's look (fixtures bring their own stylesheet) and can point at a
// person's photo; templates and comments can hold anything; Rapport's own panels and banners are not the site.

const LEFT_OUT_TAGS = new Set(['script', 'noscript', 'style', 'link', 'meta', 'template', 'base']);

/** Whether `node` (and everything under it) stays out of a capture. */
export function isLeftOut(node: Node): boolean {
  if (node.nodeType === Node.COMMENT_NODE || node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) return true;
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  return LEFT_OUT_TAGS.has(element.localName) || isRapportOwn(element);
}

/** Rapport's own UI: custom elements named rapport-* (panels, banners, toasts) and its style elements. */
export function isRapportOwn(element: Element): boolean {
  return element.localName.startsWith('rapport-') || element.id.startsWith('rapport-');
}
