// The lenient line reader: folding, parameters with quoted ':' and ';', TEXT escapes, and damaged structure.
import {describe, expect, it} from 'vitest';
import {parseLine, parseTree, textOf, unescapeText} from './content-lines.ts';

describe('content lines', () => {
  it('reads names, parameters (quoted values may hold : and ;) and the value after the first unquoted colon', () => {
    expect(parseLine('ATTENDEE;CN="Whitfield; Dana";PARTSTAT=ACCEPTED:mailto:dana@northwind.example')).toEqual({
      name: 'ATTENDEE', params: {CN: 'Whitfield; Dana', PARTSTAT: 'ACCEPTED'}, value: 'mailto:dana@northwind.example',
    });
    expect(parseLine('DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin":20261104T090000')).toMatchObject({params: {TZID: '(UTC+01:00) Amsterdam, Berlin'}, value: '20261104T090000'});
    expect(parseLine('no colon here')).toBeNull();
    expect(parseLine('BAD NAME:x')).toBeNull();
  });

  it('unfolds continuation lines (space or tab) with any line ending, and unescapes TEXT', () => {
    const tree = parseTree('BEGIN:VCALENDAR\nBEGIN:VEVENT\r\nSUMMARY:Budget\\, Q3\r\n  review\\nand plan\rEND:VEVENT\nEND:VCALENDAR');
    expect(textOf(tree.root.children[0]!.children[0]!, 'SUMMARY')).toBe('Budget, Q3 review\nand plan');
    expect(unescapeText('a\\;b\\\\c')).toBe('a;b\\c');
  });

  it('closes a VEVENT that lost its END where the next one begins, and counts lines that are not properties', () => {
    const tree = parseTree('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nBEGIN:VALARM\nEND:VALARM\nBEGIN:VEVENT\nUID:b\nEND:VEVENT\ngarbage\nEND:VCALENDAR\n');
    const calendar = tree.root.children[0]!;
    expect(calendar.children.map((c) => textOf(c, 'UID'))).toEqual(['a', 'b']);
    expect(calendar.children[0]!.children.map((c) => c.name)).toEqual(['VALARM']);
    expect(tree).toMatchObject({unclosed: 1, malformedLines: 1});
  });
});
