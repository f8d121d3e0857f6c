import {describe, expect, it} from 'vitest';
import {defaultSettings} from './settings.ts';
import {isNeverAnalysed, recipientTier} from './tiers.ts';

const people = {
  ...defaultSettings.people,
  myAddresses: ['jordan@northwind.example'],
  executives: [{email: 'Dana@northwind.example', name: 'Dana Whitfield'}],
  directReports: [{email: 'priya@northwind.example', name: 'Priya Natarajan'}],
  internalDomains: ['northwind-labs.example'],
  neverAnalyse: ['@lawfirm.example', 'hr@northwind.example'],
};

describe('recipientTier', () => {
  it.each([
    ['dana@northwind.example', 'executive'], ['priya@northwind.example', 'direct-report'],
    ['ops@northwind.example', 'internal'], ['lab@northwind-labs.example', 'internal'], ['sam@acme.example', 'external'],
  ])('%s is %s', (email, tier) => {
    expect(recipientTier(email, people)).toBe(tier);
  });
});

describe('isNeverAnalysed', () => {
  it.each([['counsel@lawfirm.example', true], ['hr@northwind.example', true], ['ops@northwind.example', false]])('%s → %s', (email, expected) => {
    expect(isNeverAnalysed(email, people)).toBe(expected);
  });
});
