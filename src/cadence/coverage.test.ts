import {describe, expect, it} from 'vitest';
import {coverageDays, coverageFromDays, CoverageIndex, mergeCoverage} from './coverage.ts';
import {dayNumber} from './dates.ts';

const n = dayNumber;

describe('coverage', () => {
  it('merges overlapping and adjacent ranges', () => {
    expect(mergeCoverage([{from: '2026-11-10', to: '2026-11-12'}, {from: '2026-11-01', to: '2026-11-09'}, {from: '2026-11-20', to: '2026-11-21'}]))
      .toEqual([{from: '2026-11-01', to: '2026-11-12'}, {from: '2026-11-20', to: '2026-11-21'}]);
    expect(coverageFromDays(['2026-11-24', '2026-11-23', '2026-11-23', '2026-11-26'])).toEqual([
      {from: '2026-11-23', to: '2026-11-24'}, {from: '2026-11-26', to: '2026-11-26'},
    ]);
  });

  it('names the smallest range holding every unseen day', () => {
    const index = new CoverageIndex([{from: '2026-11-01', to: '2026-11-10'}, {from: '2026-11-15', to: '2026-11-20'}]);
    expect(index.unseen(n('2026-11-02'), n('2026-11-09'))).toBeUndefined();
    expect(index.unseen(n('2026-11-05'), n('2026-11-18'))).toEqual({from: '2026-11-11', to: '2026-11-14'});
    expect(index.unseen(n('2026-10-28'), n('2026-11-25'))).toEqual({from: '2026-10-28', to: '2026-11-25'});
    expect(index.unseen(n('2026-11-16'), n('2026-11-23'))).toEqual({from: '2026-11-21', to: '2026-11-23'});
    expect(new CoverageIndex([]).unseen(n('2026-11-01'), n('2026-11-01'))).toEqual({from: '2026-11-01', to: '2026-11-01'});
  });

  it('lists the days of ranges and back', () => {
    const days = coverageDays([{from: '2026-02-27', to: '2026-03-01'}, {from: '2026-02-28', to: '2026-03-02'}]);
    expect(days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(coverageFromDays(days)).toEqual([{from: '2026-02-27', to: '2026-03-02'}]);
  });
});
