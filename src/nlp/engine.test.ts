import {describe, expect, it, vi} from 'vitest';
import {buildDraft} from './draft.ts';
import {runRules} from './engine.ts';
import {defineRule, renderMessage, type Rule} from './rule.ts';
import {analyze, createAnalyzer} from './index.ts';
import {phraseRegExp} from './text.ts';

const WORD = phraseRegExp(['banana']);
const fruit = defineRule({
  meta: {id: 'no-banana', type: 'tone', severity: 'info', description: 'test', messages: {b: '“{{actual}}” is a fruit.'}},
  examples: {valid: [], invalid: []},
  check(draft, {report}) {
    for (const m of draft.findPhrases(WORD)) report({messageId: 'b', place: m.place, actual: m.text});
  },
});
const broken: Rule = {...fruit, meta: {...fruit.meta, id: 'no-broken'}, check: () => { throw new Error('boom'); }};
const badId: Rule = {...fruit, meta: {...fruit.meta, id: 'no-bad-id'}, check: (_d, {report}) => report({messageId: 'nope'})};

describe('engine', () => {
  it('isolates a throwing rule: no hint from it, an error logged, the others still run', () => {
    const log = vi.fn();
    const hints = runRules(buildDraft({text: 'A banana.'}), [broken, fruit, badId], {}, log);
    expect(hints.map((n) => n.ruleId)).toEqual(['no-banana']);
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('drops dismissed fingerprints and ignored phrases, keeps the rest sorted by place', () => {
    const draft = buildDraft({text: 'Banana one. Then a banana two.'});
    const all = runRules(draft, [fruit]);
    expect(all.map((n) => n.place.start)).toEqual([0, 19]);
    expect(runRules(draft, [fruit], {dismissedFingerprints: [all[0]?.fingerprint ?? '']})).toHaveLength(1);
    expect(runRules(draft, [fruit], {ignoredPhrases: ['BANANA']})).toHaveLength(0);
    expect(runRules(draft, [fruit], {disabledRules: ['no-banana']})).toHaveLength(0);
  });

  it('keeps fingerprints stable when other sentences change', () => {
    const a = analyze({text: 'Per my last email, the deadline is Friday.'}).hints[0];
    const b = analyze({text: 'Hello there. Per my last email, the deadline is Friday.'}).hints[0];
    expect(a?.fingerprint).toBeDefined();
    expect(a?.fingerprint).toBe(b?.fingerprint);
    expect(a?.place.start).not.toBe(b?.place.start);
  });

  it('raises tone hints to warnings for the executive, direct reports and outside people', () => {
    const text = 'I think maybe we should check the dates.';
    expect(analyze({text}).hints[0]?.severity).toBe('info');
    expect(analyze({text, recipients: [{email: 'a@b.c', tier: 'internal'}]}).hints[0]?.severity).toBe('info');
    expect(analyze({text, recipients: [{email: 'a@b.c', tier: 'direct-report'}]}).hints[0]?.severity).toBe('warning');
  });

  it('shortens quoted text so a message stays within 90 characters', () => {
    const {text, args} = renderMessage('You promised to “{{action}}” with no date.', {action: 'x'.repeat(200)});
    expect(text.length).toBeLessThanOrEqual(90);
    // A translation receives the same shortened value.
    expect(text).toContain(args[0]);
    expect(args[0]?.endsWith('…')).toBe(true);
  });

  it('hands a translation the slot values in the order the template names them', () => {
    expect(renderMessage('{{from}} asked “{{request}}”', {request: 'the deck', from: 'Ana'}).args).toEqual(['Ana', 'the deck']);
  });

  it('gives the cached analyzer the same answer as a fresh analysis', () => {
    const analyzer = createAnalyzer();
    const text = 'Hi Tom,\nI’ll send the deck by Friday. Could you book the room? This is unacceptable.';
    const input = {text, sentAt: '2026-11-23T15:00:00Z'};
    expect(analyzer.analyze(input)).toEqual(analyze(input));
    expect(analyzer.analyze(input)).toEqual(analyze(input));
  });

  it('gives the same answer after an edit as a fresh analysis (the cache holds nothing stale)', () => {
    const analyzer = createAnalyzer();
    const before = 'Hi Tom,\nPer my last email, the room is booked. I’ll send the agenda soon. You never reply.';
    const after = before.replace('room', 'large room');
    analyzer.analyze({text: before, sentAt: '2026-11-23T15:00:00Z'});
    expect(analyzer.analyze({text: after, sentAt: '2026-11-23T15:00:00Z'})).toEqual(analyze({text: after, sentAt: '2026-11-23T15:00:00Z'}));
  });

  it('rejects malformed rule ids at definition time', () => {
    expect(() => defineRule({...fruit, meta: {...fruit.meta, id: 'Banana'}})).toThrow();
  });

  it('skips tone and commitment findings for other languages', () => {
    const a = analyze({text: 'Bonjour, merci pour votre message. Je vous envoie le contrat demain. C’est inacceptable !!'});
    expect(a.language).toBe('fr');
    expect(a.hints).toEqual([]);
    expect(a.commitments).toEqual([]);
  });
});

describe('one hint per span', () => {
  it('keeps the most specific of overlapping tone hints, and both a tone and a commitment hint', () => {
    const a = analyze({text: 'YOU NEVER REPLY ON TIME!! Jane will call you.', executiveNames: ['Jane Doe']});
    const tone = a.hints.filter((n) => n.type === 'tone');
    for (const x of tone) for (const y of tone) if (x !== y) expect(x.place.start >= y.place.end || y.place.start >= x.place.end).toBe(true);
    expect(tone.map((n) => n.ruleId)).toContain('no-absolutes');
  });

  it('lists every rule in the precedence once', async () => {
    const {precedence, rules} = await import('./rules/index.ts');
    const ranked = rules.filter((r) => !['prefer-lead-with-ask', 'require-greeting', 'require-sign-off'].includes(r.meta.id)).map((r) => r.meta.id);
    expect([...precedence].sort()).toEqual(ranked.sort());
  });
});
