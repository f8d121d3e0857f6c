// Named selectors with ordered fallback strategies, the way sites actually change: a preferred hook first, older or
// sturdier ones after. Every site keeps all of its selectors in one file (sites/<site>/selectors.ts), each with the
// fixtures it must and must not match; tests/unit/selectors.test.ts checks them against tests/fixtures/<site>/.

/** [expected number of matches in the whole page, fixture file name under tests/fixtures/<site>/] */
export type FixtureExpectation = readonly [count: number, fixture: string];

export type SelectorDef = {
  /** CSS strategies, preferred first. The first one that matches anything wins. */
  readonly css: readonly string[];
  /** What the element is and why these hooks (the facts live in shared research on each site's DOM). */
  readonly about: string;
  readonly fixtures: readonly FixtureExpectation[];
};

export type Found<E extends Element> = {elements: E[]; strategy: number | null};

/** All matches of the first strategy that matches anything under `root`. Never throws on a bad selector. */
export function findAll<E extends Element = HTMLElement>(def: SelectorDef, root: ParentNode = document): Found<E> {
  for (const [index, css] of def.css.entries()) {
    let matches: NodeListOf<E>;
    try {
      matches = root.querySelectorAll<E>(css);
    } catch {
      continue; // a strategy this browser can't parse is a strategy that didn't match
    }
    if (matches.length > 0) return {elements: [...matches], strategy: index};
  }
  return {elements: [], strategy: null};
}

export function findOne<E extends Element = HTMLElement>(def: SelectorDef, root: ParentNode = document): E | null {
  return findAll<E>(def, root).elements[0] ?? null;
}

/** The nearest ancestor (or self) matching any strategy. */
export function closest<E extends Element = HTMLElement>(def: SelectorDef, element: Element): E | null {
  for (const css of def.css) {
    try {
      const match = element.closest<E>(css);
      if (match) return match;
    } catch {
      // unparsable strategy: try the next
    }
  }
  return null;
}
