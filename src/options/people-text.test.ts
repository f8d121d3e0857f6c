import {describe, expect, it} from 'vitest';
import {formatPeople, parseList, parsePeople} from './people-text.ts';

describe('people text', () => {
  it('reads Name <email> lines and bare addresses, dropping junk and repeats', () => {
    expect(parsePeople('Dana Whitfield <Dana@Northwind.example>\npriya@northwind.example\nnot an address\n"Lee, Sam" <sam@acme.example>\ndana@northwind.example')).toEqual([
      {name: 'Dana Whitfield', email: 'dana@northwind.example'},
      {name: '', email: 'priya@northwind.example'},
      {name: 'Lee, Sam', email: 'sam@acme.example'},
    ]);
  });
  it('round-trips', () => {
    const people = [{name: 'Dana Whitfield', email: 'dana@northwind.example'}, {name: '', email: 'ops@northwind.example'}];
    expect(parsePeople(formatPeople(people))).toEqual(people);
  });
  it('splits lists on lines, commas and semicolons', () => {
    expect(parseList('a.example, B.example;\n\na.example')).toEqual(['a.example', 'b.example']);
  });
});
