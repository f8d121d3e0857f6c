import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {recordSiteHealth} from './health.ts';
import {appendLog, LOG_LIMIT} from './logs.ts';

const db = useTempDb();

const report = (count: number) => ({site: 'gmail' as const, uiLanguage: 'en', parts: {composeRoot: {count, strategy: count ? 0 : null}}});

describe('recordSiteHealth', () => {
  it('counts a first sighting and a change as changes, a repeat as none', async () => {
    expect(await recordSiteHealth(db(), report(2), 1000)).toBe(1);
    expect(await recordSiteHealth(db(), report(2), 2000)).toBe(0);
    expect(await recordSiteHealth(db(), report(1), 3000)).toBe(1);
  });

  it('keeps the last time a part was found when it stops matching', async () => {
    await recordSiteHealth(db(), report(2), 1000);
    await recordSiteHealth(db(), report(0), 5000);
    expect(await db().siteHealth.get(['gmail', 'composeRoot'])).toMatchObject({count: 0, strategy: null, lastFoundAt: 1000, reportedAt: 5000});
  });

  it('writes a part never found with lastFoundAt null', async () => {
    await recordSiteHealth(db(), report(0), 1000);
    expect((await db().siteHealth.get(['gmail', 'composeRoot']))?.lastFoundAt).toBeNull();
  });
});

describe('appendLog', () => {
  it('keeps only the newest entries', async () => {
    for (let index = 0; index < LOG_LIMIT + 5; index++) {
      await appendLog(db(), {at: index, level: 'error', source: 'test', message: `error ${index}`});
    }
    expect(await db().logs.count()).toBe(LOG_LIMIT);
    expect((await db().logs.orderBy('id').first())?.message).toBe('error 5');
  });
});
