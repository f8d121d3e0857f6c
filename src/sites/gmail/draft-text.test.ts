// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {caretOffset, rangeFor, readDraftText} from './draft-text.ts';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" g_editable="true">${html}</div>`;
  return document.querySelector('[contenteditable]')!;
}

describe('readDraftText', () => {
  it('reads lines from divs and breaks, and leaves out the signature', () => {
    const draft = readDraftText(body('Hi Sam,<div><br></div><div>I will send it <b>today</b>.</div><br><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Jordan</div>'));
    expect(draft.text.trimEnd()).toBe('Hi Sam,\n\nI will send it today.');
    expect(draft.text).not.toContain('Jordan');
  });

  it('leaves out Gmail’s quoted reply (Spanish fixture)', () => {
    loadFixture('gmail', 'thread-reply-es.html');
    const draft = readDraftText(document.querySelector('[g_editable="true"]')!);
    expect(draft.text).toBe('Hi Marco,\n\n');
  });

  it('maps offsets back to the exact DOM text, across elements', () => {
    const draft = readDraftText(body('Please <i>send</i>&nbsp;the deck ASAP.<div>Thanks</div>'));
    expect(draft.text).toBe('Please send the deck ASAP.\nThanks');
    const asap = draft.text.indexOf('ASAP');
    expect(rangeFor(draft, asap, asap + 4)?.toString()).toBe('ASAP');
    const spanning = draft.text.indexOf('send the');
    expect(rangeFor(draft, spanning, spanning + 8)?.toString()).toBe('send\u00a0the');
    expect(rangeFor(draft, draft.text.indexOf('Thanks'), draft.text.length)?.toString()).toBe('Thanks');
  });

  it('returns no range for an empty draft or an empty span', () => {
    const draft = readDraftText(body(''));
    expect(draft.text).toBe('');
    expect(rangeFor(draft, 0, 3)).toBeNull();
  });

  it('reads a 2,000-word body', () => {
    const paragraph = 'We will review the budget and send the numbers to the board by Friday. ';
    const draft = readDraftText(body(Array.from({length: 150}, () => `<div>${paragraph}</div>`).join('')));
    expect(draft.text.split(/\s+/).length).toBeGreaterThan(2_000);
    expect(draft.segments).toHaveLength(150);
  });
});

describe('readDraftText on a huge draft', () => {
  it('reads 12,700 lines (1.2 M characters) in linear time', () => {
    const line = 'The quarterly figures are in the shared folder with the notes from the board meeting last week.';
    const editor = body(`<div>Hi Dana,</div>${`<div>${line}</div>`.repeat(12_700)}`);
    const started = performance.now();
    const draft = readDraftText(editor);
    const ms = performance.now() - started;
    expect(draft.text.length).toBeGreaterThan(1_200_000);
    expect(draft.text.endsWith(`last week.\n${line}`)).toBe(true);
    expect(draft.segments).toHaveLength(12_701);
    // Asking the growing text whether it ended with a break took 90 s in Chromium; linear reading takes tens of ms.
    expect(ms).toBeLessThan(1_500);
  });
});

describe('caretOffset', () => {
  const place = (node: Node, offset: number) => {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(node, offset);
    selection.addRange(range);
    return selection;
  };

  it('finds the caret inside a text node, after line breaks and elements', () => {
    const editor = body('Hi Sam,<div><br></div><div>I will send it <b>today</b>.</div>');
    const draft = readDraftText(editor);
    const today = editor.querySelector('b')!.firstChild!;
    expect(caretOffset(draft, place(today, 2))).toBe(draft.text.indexOf('today') + 2);
  });

  it('puts a caret on an empty line before the next words', () => {
    const editor = body('Hi Sam,<div><br></div><div>Thanks</div>');
    const draft = readDraftText(editor);
    expect(caretOffset(draft, place(editor.children[0]!, 0))).toBe(draft.text.indexOf('Thanks'));
  });

  it('is null with no selection, and the end of the text after the draft', () => {
    const editor = body('Hi Sam');
    const draft = readDraftText(editor);
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    expect(caretOffset(draft, null)).toBeNull();
    expect(caretOffset(draft, place(outside.firstChild!, 2))).toBe(draft.text.length);
  });
});
