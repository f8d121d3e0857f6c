import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {rules} from './index.ts';
import {analyze, hintToString} from '../index.ts';
import type {RuleExample} from '../rule.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
const asInput = (e: RuleExample) => (typeof e === 'string' ? {text: e} : {...e.input, text: e.text});

describe('rule registry', () => {
  it('lists every rule file, sorted, with id === file name', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([...files].sort());
  });
  it('has tone and commitment rules with examples of both kinds', () => {
    for (const r of rules) {
      expect(r.examples.valid.length, r.meta.id).toBeGreaterThan(0);
      expect(r.examples.invalid.length, r.meta.id).toBeGreaterThan(0);
    }
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it.each(rule.examples.valid.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('does not flag %j', (_, example) => {
    expect(analyze(asInput(example)).hints.filter((n) => n.ruleId === id).map(hintToString)).toEqual([]);
  });
  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))('flags %j', (_, example) => {
    const hints = analyze({...example.input, text: example.text}).hints.filter((n) => n.ruleId === id);
    expect(hints.map(hintToString)).toEqual(example.hints);
    for (const n of hints) {
      expect(n.message.length).toBeLessThanOrEqual(90);
      expect(n.type).toBe(rule.meta.type);
      expect(example.text.slice(n.place.start, n.place.end)).toBe(n.actual ?? '');
    }
  });
  it('shows every messageId in its examples', () => {
    // Hints and their suggestions both take their words from meta.messages.
    const seen = new Set(rule.examples.invalid.flatMap((e) => analyze({...e.input, text: e.text}).hints.filter((n) => n.ruleId === id)
      .flatMap((n) => [n.messageId, ...(n.suggestions ?? []).map((suggestion) => suggestion.messageId)])));
    expect([...seen].sort()).toEqual(Object.keys(rule.meta.messages).sort());
  });
  it('renders every message template within 90 characters of fixed text', () => {
    for (const template of Object.values(rule.meta.messages)) expect(template.replace(/\{\{\w+\}\}/g, '').length).toBeLessThanOrEqual(70);
  });
});
