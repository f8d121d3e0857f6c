import {describe, expect, it} from 'vitest';
import {createAnalyzer} from './analyze.ts';
import {foundInDraft, pauseWindow, placeInDraft, WHOLE_DRAFT_CHARS} from './pause-window.ts';

const external = [{email: 'ana@client.example', name: 'Ana Ruiz', tier: 'external' as const}];
const FILLER = 'The quarterly figures are in the shared folder with the notes from the board meeting.\n';

/** About `length` characters: an opening, a long middle of plain lines, `atCaret` at `caret`, and a sign-off. */
function longDraft(length: number, caret: number, atCaret: string): string {
  const opening = 'Hi Ana,\n';
  const ending = 'Thanks for your patience.\nBest,\nSam';
  const before = FILLER.repeat(Math.ceil((caret - opening.length) / FILLER.length));
  const after = FILLER.repeat(Math.max(0, Math.ceil((length - caret - atCaret.length - ending.length) / FILLER.length)));
  return `${opening}${before}${atCaret}\n${after}${ending}`;
}

describe('pauseWindow', () => {
  it('reads a draft of ordinary length whole', () => {
    const text = 'Hi Ana,\nCould you send the deck by Friday?\nBest,\nSam';
    expect(pauseWindow(text, 10)).toEqual({text, pieces: [{at: 0, from: 0, length: text.length}], partial: false});
  });

  it('reads a 1.2 M-character draft in a bounded window: its opening, the lines around the caret, its end', () => {
    const shout = 'I NEED THE SIGNED COPY TODAY!!';
    const draft = longDraft(1_200_000, 600_000, shout);
    const caret = draft.indexOf(shout) + 5;
    const window = pauseWindow(draft, caret);

    expect(draft.length).toBeGreaterThanOrEqual(1_200_000);
    expect(window.partial).toBe(true);
    expect(window.text.length).toBeLessThanOrEqual(WHOLE_DRAFT_CHARS);
    expect(window.pieces.map((piece) => piece.from)).toEqual([0, expect.any(Number), expect.any(Number)]);
    for (const piece of window.pieces) {
      expect(window.text.slice(piece.at, piece.at + piece.length)).toBe(draft.slice(piece.from, piece.from + piece.length));
      // Cut between lines, never inside a sentence.
      expect(piece.from === 0 || draft[piece.from - 1] === '\n').toBe(true);
      expect(piece.from + piece.length === draft.length || draft[piece.from + piece.length] === '\n').toBe(true);
    }
    expect(window.text.startsWith('Hi Ana,\n')).toBe(true);
    expect(window.text).toContain(shout);
    expect(window.text.endsWith('Best,\nSam')).toBe(true);
  });

  it('finds the hints around the caret, at their places in the full draft', () => {
    const promise = 'I will send you the signed copy by Friday.';
    const shout = 'Please SEND ME THE FIGURES NOW!!';
    const draft = longDraft(1_200_000, 900_000, `${promise} ${shout}`);
    const window = pauseWindow(draft, draft.indexOf(shout));
    const started = performance.now();
    const found = foundInDraft(window, createAnalyzer().analyze({text: window.text, recipients: external}));
    const ms = performance.now() - started;

    expect(found.hints.map((hint) => hint.ruleId)).toContain('no-shouting');
    expect(found.commitments.map((commitment) => draft.slice(commitment.place.start, commitment.place.end))).toContain(promise);
    for (const hint of found.hints) {
      expect(hint.place.end).toBeLessThanOrEqual(draft.length);
      if (hint.actual) expect(draft.slice(hint.place.start, hint.place.end)).toBe(hint.actual);
      for (const suggestion of hint.suggestions ?? []) expect(suggestion.place.start).toBeGreaterThanOrEqual(hint.place.start - 200);
    }
    const shouted = found.hints.find((hint) => hint.ruleId === 'no-shouting')!;
    expect(shouted.place.start).toBeGreaterThan(899_000);
    expect(draft.slice(shouted.place.start, shouted.place.end)).toBe(shouted.actual);
    // Far below what the whole draft costs (seconds); generous for a slow, shared machine.
    expect(ms).toBeLessThan(3_000);
  }, 30_000);

  it('is one piece when the caret is near the top, and keeps the end', () => {
    const draft = longDraft(100_000, 3_000, 'Could you call me?');
    const window = pauseWindow(draft, 3_000);
    expect(window.pieces).toHaveLength(2);
    expect(window.pieces[0]!.from).toBe(0);
    expect(window.pieces[1]!.from + window.pieces[1]!.length).toBe(draft.length);
  });

  it('drops a place that crosses a join, and maps one inside a piece', () => {
    const draft = 'x'.repeat(30_000).replace(/x{80}/g, (run) => `${run}\n`);
    const window = pauseWindow(draft, 15_000);
    const [first, second] = window.pieces;
    expect(placeInDraft(window, {start: first!.at + first!.length - 2, end: second!.at + 1})).toBeNull();
    expect(placeInDraft(window, {start: second!.at + 3, end: second!.at + 7})).toEqual({start: second!.from + 3, end: second!.from + 7});
  });

  it('takes the end of the draft when the caret is unknown', () => {
    const draft = longDraft(50_000, 25_000, 'Could you call me?');
    expect(pauseWindow(draft, Number.NaN).pieces).toHaveLength(2);
    expect(pauseWindow(draft, -5).pieces).toHaveLength(2);
  });
});
