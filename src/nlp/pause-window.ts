// What a typing pause analyses of a long draft. Analysing 1.2 million characters on every pause keeps the
// background busy for seconds and sends the whole text across on each key; the user is working in one place. A
// draft longer than WHOLE_DRAFT_CHARS is read in pieces: its opening (the greeting rules), the lines around the
// caret, and its end (the sign-off rules), joined by blank lines. The hints found are moved back to where their
// words are in the full draft; one that falls across a join is dropped. At send, the background still reads the
// whole mail, up to MAX_ANALYSED_CHARS (draft.ts): commitments anywhere in it are tracked.
import type {Hint, Place} from './hint.ts';
import type {Commitment} from './types.ts';

/** Drafts up to this long are analysed whole on each pause (a long business mail is a few thousand characters). */
export const WHOLE_DRAFT_CHARS = 20_000;
const OPENING_CHARS = 2_000;
const AROUND_CARET_CHARS = 6_000;
const ENDING_CHARS = 2_000;
/** A cut moves to the nearest line break within this many characters, so no sentence is cut in two there. */
const SNAP_CHARS = 600;
const JOIN = '\n\n';

/** Where a piece of the draft sits in the window's text (`at`) and in the draft (`from`). */
type Piece = {at: number; from: number; length: number};

export type PauseWindow = {
  /** The text to analyse: the whole draft, or its pieces joined by blank lines. */
  text: string;
  pieces: Piece[];
  /** True when only part of the draft is read: hints elsewhere in it are not shown until the caret goes there. */
  partial: boolean;
};

/** A cut at `at`, moved to just after a line break (or a space) close by, so it falls between sentences. */
function snapStart(text: string, at: number): number {
  if (at <= 0) return 0;
  if (text[at - 1] === '\n') return at;
  const line = text.indexOf('\n', at);
  if (line !== -1 && line - at <= SNAP_CHARS) return line + 1;
  const space = text.indexOf(' ', at);
  return space !== -1 && space - at <= SNAP_CHARS ? space + 1 : at;
}

/** A cut at `at`, moved back to just before a line break (or a space) close by. */
function snapEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (text[at] === '\n') return at;
  const line = text.lastIndexOf('\n', at);
  if (line !== -1 && at - line <= SNAP_CHARS) return line;
  const space = text.lastIndexOf(' ', at);
  return space !== -1 && at - space <= SNAP_CHARS ? space : at;
}

/** The part of `draft` a pause analyses, given where the caret is (an offset into `draft`). */
export function pauseWindow(draft: string, caret: number): PauseWindow {
  if (draft.length <= WHOLE_DRAFT_CHARS) return {text: draft, pieces: [{at: 0, from: 0, length: draft.length}], partial: false};
  const at = Math.min(Math.max(0, Math.floor(Number.isFinite(caret) ? caret : draft.length)), draft.length);
  const spans = [
    [0, snapEnd(draft, OPENING_CHARS)],
    [snapStart(draft, at - AROUND_CARET_CHARS), snapEnd(draft, at + AROUND_CARET_CHARS)],
    [snapStart(draft, draft.length - ENDING_CHARS), draft.length],
  ].filter(([from, to]) => to! > from!) as Array<[number, number]>;
  // Overlapping or touching spans become one: a caret near the top or the end makes one or two pieces.
  const merged: Array<[number, number]> = [];
  for (const [from, to] of spans.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const pieces: Piece[] = [];
  let text = '';
  for (const [from, to] of merged) {
    if (text) text += JOIN;
    pieces.push({at: text.length, from, length: to - from});
    text += draft.slice(from, to);
  }
  return {text, pieces, partial: true};
}

/** Where a place in the window's text is in the draft; null when it is not inside one piece (it crosses a join). */
export function placeInDraft(window: PauseWindow, place: Place): Place | null {
  for (const piece of window.pieces) {
    if (place.start >= piece.at && place.end <= piece.at + piece.length && place.start <= place.end) {
      const shift = piece.from - piece.at;
      return {start: place.start + shift, end: place.end + shift};
    }
  }
  return null;
}

function hintInDraft(window: PauseWindow, hint: Hint): Hint | null {
  const place = placeInDraft(window, hint.place);
  if (!place) return null;
  const suggestions = hint.suggestions?.map((suggestion) => ({...suggestion, place: placeInDraft(window, suggestion.place)}));
  if (suggestions?.some((suggestion) => suggestion.place === null)) return null;
  return {...hint, place, ...(suggestions ? {suggestions: suggestions as NonNullable<Hint['suggestions']>} : {})};
}

/** Hints and commitments found in a window, with their places in the full draft. */
export function foundInDraft<T extends {hints: Hint[]; commitments: Commitment[]}>(window: PauseWindow, found: T): T {
  if (!window.partial) return found;
  const hints = found.hints.map((hint) => hintInDraft(window, hint)).filter((hint): hint is Hint => hint !== null);
  const commitments = found.commitments.flatMap((commitment) => {
    const place = placeInDraft(window, commitment.place);
    return place ? [{...commitment, place}] : [];
  });
  return {...found, hints, commitments};
}
