import {describe, expect, it} from 'vitest';
import {decodeEventId} from '../../calendar/read/attributes.ts';
import {redactBase64Id, textInsideBase64} from './base64-ids.ts';
import {redactId} from './ids.ts';
import {Placeholders} from './placeholders.ts';

const encode = (text: string) => btoa(text).replace(/=+$/, '');

describe("Calendar's base64 event ids", () => {
  it('stay base64 of the same shape: an id, an instance time, a calendar address', () => {
    const placeholders = new Placeholders(new Set());
    const value = encode('dailycatchup7x2k_20261123T140000Z jordan@northwind.example');
    const redacted = redactBase64Id(value, (inside) => redactId(inside, placeholders), (raw) => placeholders.text(raw));
    expect(redacted).toHaveLength(value.length);
    const decoded = decodeEventId(redacted)!;
    expect(decoded.seriesId).toMatch(/^[a-z]{12}\d[a-z]\d[a-z]$/);
    expect(decoded.instance).toMatch(/^\d{8}T\d{6}Z$/);
    expect(decoded.calendarId).toMatch(/^[a-z]{6}@[a-z]{9}\.[a-z]{7}$/);
    expect(textInsideBase64(redacted)).not.toMatch(/dailycatchup|jordan|northwind|20261123/);
    // The same address elsewhere on the page gets the same placeholder.
    expect(placeholders.text('jordan@northwind.example')).toBe(decoded.calendarId);
  });

  it('keep the alphabet (URL-safe) and the padding of the original', () => {
    const placeholders = new Placeholders(new Set());
    const urlSafe = btoa('ab?>~ x@y.z').replace(/\+/g, '-').replace(/\//g, '_');
    const redacted = redactBase64Id(urlSafe, (inside) => redactId(inside, placeholders), (raw) => placeholders.text(raw));
    expect(redacted).toMatch(/^[A-Za-z0-9_-]+=*$/);
    expect(redacted.endsWith('=')).toBe(urlSafe.endsWith('='));
  });

  it('are redacted letter for letter when they hold no text', () => {
    const placeholders = new Placeholders(new Set());
    const binary = btoa(String.fromCharCode(0, 1, 2, 250, 251, 252, 3, 4, 5));
    const redacted = redactBase64Id(binary, () => 'unused', (raw) => placeholders.text(raw));
    expect(redacted).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(redacted).toHaveLength(binary.length);
    expect(redacted).not.toBe(binary);
  });
});
