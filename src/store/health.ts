import type {SiteHealthReport, SiteName} from '../shared/messages.ts';
import type {RapportDb} from './db.ts';
import type {SiteHealth} from './records.ts';

/**
 * Merge a site's report into the health table. Returns how many rows changed, so callers can tell a first sighting
 * or a broken selector from a repeat. A part found before and missing now keeps its lastFoundAt: that is the date
 * the diagnostics page shows as "last worked".
 */
export async function recordSiteHealth(db: RapportDb, report: SiteHealthReport, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.siteHealth, async () => {
    const keys = Object.keys(report.parts).map((part): [SiteName, string] => [report.site, part]);
    const before = await db.siteHealth.bulkGet(keys);
    const rows: SiteHealth[] = Object.entries(report.parts).map(([part, found], index) => {
      const previous = before[index];
      return {
        site: report.site,
        part,
        count: found.count,
        strategy: found.strategy,
        lastFoundAt: found.count > 0 ? now : (previous?.lastFoundAt ?? null),
        reportedAt: now,
        uiLanguage: report.uiLanguage,
      };
    });
    const changed = rows.filter((row, index) => {
      const previous = before[index];
      return !previous || previous.count !== row.count || previous.strategy !== row.strategy;
    }).length;
    await db.siteHealth.bulkPut(rows);
    return changed;
  });
}
