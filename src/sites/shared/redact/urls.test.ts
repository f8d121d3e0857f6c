import {describe, expect, it} from 'vitest';
import {Placeholders} from './placeholders.ts';
import {redactSrcset, redactStyle, redactUrl} from './urls.ts';

const url = (value: string) => redactUrl(value, new Placeholders(new Set()));

describe('addresses', () => {
  it("keep the skeleton of Gmail's and Calendar's own addresses, and nothing of anyone's", () => {
    const gmail = url('https://mail.google.com/mail/u/0/?view=cm&fs=1&to=dana@northwind.example&su=Board+deck#inbox/FMfcgzQXKJrzSmvq');
    expect(gmail).toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/0\/\?view=cm&fs=1&to=[a-z]{4}@[a-z]{9}\.[a-z]{7}&su=[A-Z][a-z]{4}\+[a-z]{4}#inbox\/[A-Za-z]{16}$/);
    expect(gmail).not.toMatch(/dana|northwind|Board|FMfcgz/);
    expect(url('/calendar/u/0/r/week/2026/11/23')).toMatch(/^\/calendar\/u\/0\/r\/week\/\d{4}\/11\/23$/);
    expect(url('#label/Clients')).toMatch(/^#label\/[A-Z][a-z]{6}$/);
  });

  it('redact a lower-case name in a path, a search or a route (no "any word" rule)', () => {
    expect(url('https://sites.google.com/view/dana-whitfield?q=priya#dana')).not.toMatch(/dana|whitfield|priya/);
  });

  it("redact another site's address whole, and a person's photo, keeping punctuation", () => {
    const link = url('https://acme.example/contracts/renewal-2026.pdf?id=7');
    expect(link).toMatch(/^https:\/\/[a-z]{4}\.[a-z]{7}\/[a-z]{9}\/[a-z]{7}-\d{4}\.[a-z]{3}\?[a-z]{2}=\d$/);
    expect(url('mailto:sam.lee@acme.example')).toMatch(/^mailto:[a-z]{3}\.[a-z]{3}@[a-z]{4}\.[a-z]{7}$/);
    expect(url('https://lh3.googleusercontent.com/a/ACg8ocJxQ2=s40-c')).toMatch(/^https:\/\/lh3\.googleusercontent\.com\/a\/[A-Za-z0-9]{10}=[a-z]\d{2}-[a-z]$/);
    expect(url('https://dana:secret@mail.google.com/')).not.toMatch(/dana|secret/);
  });

  it('drop inline data, and redact addresses inside styles and srcsets', () => {
    expect(url('data:image/png;base64,iVBORw0KGgo=')).toBe('data:,');
    const placeholders = new Placeholders(new Set());
    expect(redactStyle('top:4px;background-image:url("https://acme.example/dana.png")', placeholders)).toMatch(/^top:4px;background-image:url\("https:\/\/[a-z]{4}\.[a-z]{7}\/[a-z]{4}\.[a-z]{3}"\)$/);
    expect(redactSrcset('https://acme.example/dana.png 1x, https://acme.example/dana2.png 2x', placeholders)).toMatch(/ 1x, .* 2x$/);
  });
});
