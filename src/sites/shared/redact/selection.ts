// Which nodes of the page a capture holds: each target whole, and the chain of its ancestors up to <body> as bare
// shells (their attributes, and no children but the next link of the chain). The shells keep what selectors and
// code look for above a compose (the full-screen container, the reply area of a thread) without the rest of the page.
import {isLeftOut} from './left-out.ts';

export type Selection = {
  /** Captured with everything under them (bar what is always left out). */
  readonly whole: ReadonlySet<Element>;
  /** Ancestors of a target, between it and <body>: captured without their other children. */
  readonly shells: ReadonlySet<Element>;
};

export function selectionOf(targets: readonly Element[]): Selection {
  const whole = new Set(targets.filter((target) => !targets.some((other) => other !== target && other.contains(target))));
  const shells = new Set<Element>();
  for (const target of whole) {
    for (let parent = target.parentElement; parent && parent.localName !== 'body' && parent.localName !== 'html'; parent = parent.parentElement) {
      shells.add(parent);
    }
  }
  return {whole, shells};
}

/** The children of `parent` the capture holds, in document order. `insideWhole`: `parent` is (inside) a target. */
export function capturedChildren(parent: Node, insideWhole: boolean, selection: Selection): Node[] {
  return [...parent.childNodes].filter((child) => !isLeftOut(child) && (insideWhole || selection.whole.has(child as Element) || selection.shells.has(child as Element)));
}
