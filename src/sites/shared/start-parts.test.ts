import {describe, expect, it} from 'vitest';
import {startParts} from './start-parts.ts';

describe('startParts', () => {
  it('reports a part that throws and still starts the others', () => {
    const started: string[] = [];
    const reported: string[] = [];
    startParts('gmail', {
      scan: () => started.push('scan'),
      watch: () => {
        throw new TypeError('requestIdleCallback called on an object that does not implement Window');
      },
      sends: () => started.push('sends'),
    }, (source, error) => reported.push(`${source}: ${(error as Error).message}`));
    expect(started).toEqual(['scan', 'sends']);
    expect(reported).toEqual(['gmail-start:watch: requestIdleCallback called on an object that does not implement Window']);
  });
});
