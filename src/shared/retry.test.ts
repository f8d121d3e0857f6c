import {describe, expect, it} from 'vitest';
import {retrying} from './retry.ts';

describe('retrying', () => {
  it('returns the first success', async () => {
    let calls = 0;
    const result = await retrying(async () => {
      calls++;
      if (calls < 3) throw new Error('port closed');
      return 'stored';
    }, 4, 1);
    expect([result, calls]).toEqual(['stored', 3]);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(retrying(async () => {
      calls++;
      throw new Error(`fail ${calls}`);
    }, 3, 1)).rejects.toThrow('fail 3');
  });
});
