import {describe, expect, it} from 'vitest';
import {isTransientWriteFailure} from './write-failure.ts';

const named = (name: string, inner?: unknown) => Object.assign(new Error(name), {name, inner});

describe('isTransientWriteFailure', () => {
  it('takes a full disk or an aborted transaction as passing, also inside Dexie’s wrapper', () => {
    expect(isTransientWriteFailure(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isTransientWriteFailure(named('BulkError', new DOMException('full', 'QuotaExceededError')))).toBe(true);
    expect(isTransientWriteFailure(named('DatabaseClosedError'))).toBe(true);
  });

  it('takes a wrong request or a bug as final', () => {
    expect(isTransientWriteFailure(new TypeError('x is undefined'))).toBe(false);
    expect(isTransientWriteFailure(named('ConstraintError'))).toBe(false);
    expect(isTransientWriteFailure(named('DataError', named('DataError')))).toBe(false);
    expect(isTransientWriteFailure('quota')).toBe(false);
  });
});
