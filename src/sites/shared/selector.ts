// Named selectors with ordered fallback strategies, the way sites actually change: a preferred hook first, older or
// sturdier ones after. Every site keeps all of its selectors in one file (sites/<site>/selectors.ts), each with the
// fixtures it must and must not match; tests/unit/selectors.test.ts checks them against tests/fixtures/<site>/.

/** [expected number of matches in the whole page, fixture file name under tests/fixtures/<site>/, and, for a
 * selector with fallbacks, what each strategy matches on its own in that fixture (so a fallback that silently stopped
 * matching, or started matching too much, fails a test even while the preferred strategy still wins)] */
export type FixtureExpectation = readonly [count: number, fixture: string, eachStrategy?: readonly number[]];

/** How a site change would defeat the strategies before a fallback: the hooks to strip from every fixture (".class"
 * removes a class, "[attr]" an attribute, "tag" renames the element to a plain div). With them gone, the fallback
 * named must be the strategy that wins and find what the intact fixture's count says. */
export type FallbackCheck = {readonly strategy: number; readonly strip: readonly string[]};

export type SelectorDef = {
  /** CSS strategies, preferred first. The first one that matches anything wins. */
  readonly css: readonly string[];
  /** What the element is and why these hooks (the facts live in shared research on each site's DOM). */
  readonly about: string;
  readonly fixtures: readonly FixtureExpectation[];
  /** One per fallback strategy (index 1 and on): each is exercised alone on fixtures with the earlier hooks gone. */
  readonly fallbacks?: readonly FallbackCheck[];
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
