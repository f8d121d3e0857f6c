import type {SiteHealth} from '../store/records.ts';
import type {SiteName} from '../shared/messages.ts';
import {tCount, type PluralKey} from '../shared/i18n.ts';

/** Product names, the same in every language. */
export const SITE_LABELS: Record<SiteName, string> = {gmail: 'Gmail', calendar: 'Google Calendar'};

/** The parts that say, in a person's words, what Rapport sees on each site ("2 compose windows"). */
const HEADLINE_PARTS: Record<SiteName, Array<{part: string; message: PluralKey}>> = {
  gmail: [{part: 'composeRoot', message: 'ui_composeWindows'}],
  calendar: [{part: 'eventChip', message: 'ui_events'}],
};

export type SiteSummary = {site: SiteName; headline: string; reportedAt: number; broken: string[]};

/** One line per site: what was found last time, and which parts that once matched no longer do. */
export function summariseSites(rows: SiteHealth[]): SiteSummary[] {
  const bySite = new Map<SiteName, SiteHealth[]>();
  for (const row of rows) bySite.set(row.site, [...(bySite.get(row.site) ?? []), row]);
  return [...bySite.entries()].map(([site, siteRows]) => {
    const headline = HEADLINE_PARTS[site].map(({part, message}) => tCount(message, siteRows.find((row) => row.part === part)?.count ?? 0)).join(', ');
    const broken = siteRows.filter((row) => row.count === 0 && row.lastFoundAt !== null).map((row) => row.part);
    return {site, headline, reportedAt: Math.max(...siteRows.map((row) => row.reportedAt)), broken};
  });
}
