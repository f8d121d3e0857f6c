// Highlights drawn with the CSS Custom Highlight API: the browser paints ranges of the draft without a single node
// being added to it, so Gmail's editor, the caret, undo and the sent HTML are untouched. One registry entry per
// kind (tone, commitment) shared by all composes; each compose owns its ranges within it.

export type HighlightKind = 'tone' | 'commitment';

const NAMES: Record<HighlightKind, string> = {tone: 'rapport-tone', commitment: 'rapport-commitment'};
const STYLE_ID = 'rapport-highlight-style';
const STYLE = `
::highlight(rapport-tone) { text-decoration: underline wavy #d97706; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(217, 119, 6, .08); }
::highlight(rapport-commitment) { text-decoration: underline dotted #2563eb; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(37, 99, 235, .08); }
`;

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function registryEntry(kind: HighlightKind): Highlight {
  let highlight = CSS.highlights.get(NAMES[kind]);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(NAMES[kind], highlight);
  }
  return highlight;
}

function ensureStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  // In <head>, never in a compose: ::highlight rules only style the ranges we register.
  const style = Object.assign(document.createElement('style'), {id: STYLE_ID, textContent: STYLE});
  (document.head ?? document.documentElement).append(style);
}

/** The highlights of one compose. `paint` replaces them; `clear` removes them (the compose closed). */
export function createComposeHighlights() {
  const owned: Record<HighlightKind, Range[]> = {tone: [], commitment: []};
  const clear = (kind: HighlightKind) => {
    const entry = registryEntry(kind);
    for (const range of owned[kind]) entry.delete(range);
    owned[kind] = [];
  };
  return {
    supported: supported(),
    paint(ranges: Record<HighlightKind, Range[]>): void {
      if (!supported()) return;
      ensureStyle();
      for (const kind of Object.keys(NAMES) as HighlightKind[]) {
        clear(kind);
        const entry = registryEntry(kind);
        for (const range of ranges[kind]) entry.add(range);
        owned[kind] = ranges[kind];
      }
    },
    clear(): void {
      if (!supported()) return;
      clear('tone');
      clear('commitment');
    },
    /** Whether an edit collapsed a painted range (its text node was replaced), so it needs painting again. */
    anyCollapsed: () => owned.tone.some((range) => range.collapsed) || owned.commitment.some((range) => range.collapsed),
    /** How many ranges this compose has painted (tests and diagnostics). */
    count: () => owned.tone.length + owned.commitment.length,
  };
}
