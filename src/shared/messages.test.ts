import {describe, expect, it} from 'vitest';
import {isEnvelope} from './messages.ts';

describe('isEnvelope', () => {
  it('accepts our tagged messages with a known name', () => {
    expect(isEnvelope({rapport: 1, name: 'runtime/ping', request: {}})).toBe(true);
  });
  it.each([null, 'runtime/ping', {name: 'runtime/ping'}, {rapport: 1, name: 'nope/unknown'}, {rapport: 2, name: 'runtime/ping'}])(
    'rejects %j', (value) => {
      expect(isEnvelope(value)).toBe(false);
    });
});
