// Command-line tools end without losing output: a large output piped into a slow reader arrives whole (Node drops a
// pipe's pending writes on process.exit, which the tools no longer call), and a missing or unreadable input is one
// line on stderr with exit code 2 from every tool, never a stack trace.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseIcs} from '../../src/cadence/ics.ts';

const TSX = path.join(process.cwd(), 'node_modules/.bin/tsx');
const folder = mkdtempSync(path.join(tmpdir(), 'rapport-cli-'));

/** 300 daily series: about 54,000 JSON lines for half a year. */
function bigCalendar(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport//cli test//EN'];
  for (let i = 0; i < 300; i++) {
    lines.push('BEGIN:VEVENT', `UID:big-${i}`, `SUMMARY:Meeting ${i}, a title long enough to fill the pipe quickly`,
      `DTSTART:2026010${1 + (i % 9)}T${String(8 + (i % 9)).padStart(2, '0')}0000Z`, 'DURATION:PT30M', 'RRULE:FREQ=DAILY', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

const run = (command: string) => spawnSync('sh', ['-c', command], {encoding: 'utf8', timeout: 60_000});

describe('command-line output', () => {
  it('cadence --events piped through a slow reader delivers every line', () => {
    const file = path.join(folder, 'big.ics');
    writeFileSync(file, bigCalendar());
    const expected = parseIcs(bigCalendar(), {from: '2026-01-01', to: '2026-06-30', timeZone: 'UTC'}).events.length;
    expect(expected).toBeGreaterThan(50_000);
    // The reader waits before reading, so the pipe fills and the writer must wait for it: an early exit loses lines.
    const result = run(`"${TSX}" scripts/cadence.ts "${file}" --events --from 2026-01-01 --to 2026-06-30 --time-zone UTC | (sleep 1; wc -l)`);
    expect(result.stderr).toBe('');
    expect(Number(result.stdout.trim())).toBe(expected);
  }, 60_000);

  it.each([
    ['cadence', 'scripts/cadence.ts MISSING --events --from 2026-01-01 --to 2026-01-31'],
    ['analyze', 'scripts/analyze.ts MISSING'],
    ['review', 'scripts/review.ts --score MISSING'],
  ])('%s: a missing file is one line and exit code 2', (tool, args) => {
    const missing = path.join(folder, 'no-such-file.txt');
    const result = run(`"${TSX}" ${args.replace('MISSING', `"${missing}"`)}`);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${tool}: cannot read .*no-such-file.txt: no such file$`))]);
  }, 30_000);

  it('cadence: a folder given as the file, and an empty file, are said in one line', () => {
    const folderResult = run(`"${TSX}" scripts/cadence.ts "${folder}" --events --from 2026-01-01 --to 2026-01-31`);
    expect(folderResult.status).toBe(2);
    expect(folderResult.stderr.trim()).toMatch(/^cadence: cannot read .*: it is a folder, not a file$/);
    const empty = path.join(folder, 'empty.ics');
    writeFileSync(empty, '');
    const emptyResult = run(`"${TSX}" scripts/cadence.ts "${empty}" --events --from 2026-01-01 --to 2026-01-31`);
    expect(emptyResult.status).toBe(0);
    expect(emptyResult.stdout).toBe('');
    expect(emptyResult.stderr.trim()).toMatch(/^cadence: .*empty\.ics: the file is empty$/);
  }, 30_000);
});
