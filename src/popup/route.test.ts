import {describe, expect, it} from 'vitest';
import {parseRoute, routeHash, type Route} from './route.ts';

describe('popup routes', () => {
  it.each<[string, Route]>([
    ['', {view: 'now'}],
    ['#/', {view: 'now'}],
    ['#/nudge/commitment-due%3Ac-1', {view: 'now', nudgeId: 'commitment-due:c-1'}],
    ['#/week', {view: 'week'}],
    ['#/people', {view: 'people'}],
    ['#/commitments', {view: 'commitments'}],
    ['#/commitments/c-42', {view: 'commitments', commitmentId: 'c-42'}],
    ['#/elsewhere', {view: 'now'}],
    ['#/nudge/%E0%A4%A', {view: 'now', nudgeId: '%E0%A4%A'}],
  ])('%s opens %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes what it reads', () => {
    for (const route of [{view: 'now'}, {view: 'now', nudgeId: 'cadence-gap:weekly/2026-W48'}, {view: 'week'}, {view: 'commitments'}, {view: 'commitments', commitmentId: 'c-1'}, {view: 'people'}] satisfies Route[]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});
