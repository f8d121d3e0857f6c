// @vitest-environment jsdom
// Whatever people write (emoji, right-to-left scripts, combining marks, CJK, lone surrogates, control characters),
// a capture never throws, keeps the text's shape, and lets no word of it through: not in text, not in an attribute,
// not inside a base64 event id, not in a link.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {textInsideBase64} from './base64-ids.ts';
import {redactedPage} from './page.ts';
import {SHORTEST_WORD} from './placeholders.ts';

const pieces = fc.constantFrom(
  'Dana Whitfield', '😀👍🏽', '👨‍👩‍👧 family', '❤️', 'שלום עולם', 'مرحبا بالعالم', '\u202Eevil\u202C', 'e\u0301te\u0301', 'Zoë Çağrı',
  'नमस्ते दुनिया', 'สวัสดีครับ', '東京都港区', 'こんにちは', 'カタカナ', '한국어 회의', 'Ελληνικά', 'Привет мир', '\uD800 lone', '\u0301abc',
  'İstanbul', 'straße', 'ﬁle', '𝐀𝐁𝐂 math', '٣٤٥ ١٢', '\u200B\u200D', '\u0000\u0007', '<b>&amp;</b>', 'a'.repeat(40), 'Q4 2026-11-23',
);
const text = fc.array(fc.oneof(pieces, fc.string({unit: 'grapheme', maxLength: 16}), fc.string({unit: 'binary', maxLength: 16})), {minLength: 1, maxLength: 6})
  .map((parts) => parts.join(' '));

const STAMP = {capturedAt: new Date('2026-11-23T10:15:00Z'), version: '0.1.0'};
const words = (value: string) => (value.match(/[\p{L}\p{M}]+/gu) ?? []).map((run) => run.toLowerCase()).filter((run) => [...run].length >= SHORTEST_WORD);
const shapeOf = (value: string) => [...value].map((character) =>
  /[\p{Lu}\p{Lt}]/u.test(character) ? 'A' : /[\p{L}\p{M}]/u.test(character) ? 'a' : /\p{Nd}/u.test(character) ? '9'
    : /[\p{ASCII}\p{P}\p{Z}\p{Cf}]/u.test(character) ? character : 'S').join('');
const base64 = (value: string) => btoa(String.fromCharCode(...new TextEncoder().encode(value))).replace(/=+$/, '');

function pageWith(body: string, label: string): Element {
  document.body.replaceChildren();
  const dialog = document.body.appendChild(document.createElement('div'));
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', label);
  const chip = dialog.appendChild(document.createElement('span'));
  chip.setAttribute('data-name', body);
  chip.setAttribute('title', label);
  chip.setAttribute('data-eventid', base64(`${label.replace(/\s/g, '_')} ${body.replace(/\s/g, '')}@example.org`));
  chip.append(body);
  const input = dialog.appendChild(document.createElement('input'));
  input.value = label;
  const link = dialog.appendChild(document.createElement('a'));
  link.setAttribute('href', `mailto:${body}`);
  link.append(label);
  return dialog;
}

describe('a capture of any text', () => {
  it('never throws, keeps the shape, and lets no word through', () => {
    fc.assert(fc.property(text, text, (body, label) => {
      const target = pageWith(body, label);
      const before = target.textContent!;
      const captured = new DOMParser().parseFromString(redactedPage({site: 'gmail', view: 'property', targets: [target]}, STAMP), 'text/html');
      const dialog = captured.querySelector('[role="dialog"]')!;
      const everything = [dialog.textContent, ...[...captured.querySelectorAll('[role="dialog"] *, [role="dialog"]')].flatMap((element) =>
        [...element.attributes].flatMap(({value}) => [value, textInsideBase64(value) ?? '']))].join('\n').toLowerCase();
      for (const word of words(`${body} ${label}`)) expect(everything, word).not.toContain(word);
      // An HTML parser turns "\r" into "\n" and drops NUL from text: compare what it reads of either.
      const normal = (value: string) => value.replace(/\r\n?/g, '\n').replace(/\0/g, '');
      expect(shapeOf(normal(dialog.textContent!))).toBe(shapeOf(normal(before)));
    }), {numRuns: 300});
  });
});
