import {describe, expect, it} from 'vitest';
import {customiseTargets, defaultTargets} from './targets.ts';

const people = {executive: {email: 'dana@northwind.example', name: 'Dana Whitfield'}, directReports: [{email: 'priya@northwind.example', name: 'Priya'}]};

describe('customiseTargets', () => {
  it('drops switched-off targets and applies numbers and keywords', () => {
    const targets = customiseTargets(defaultTargets(people), {
      daily: {enabled: false},
      weekly: {everyDays: 14, toleranceDays: 2, titleKeywords: [' fortnightly ', '']},
      monthly: {everyDays: -3},
    });
    expect(targets.map((target) => target.id)).not.toContain('daily');
    expect(targets.find((target) => target.id === 'weekly')).toMatchObject({everyDays: 14, toleranceDays: 2, titleKeywords: ['fortnightly']});
    expect(targets.find((target) => target.id === 'monthly')?.everyDays).toBe(30);
  });
});
