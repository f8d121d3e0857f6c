// The shapes of what the store keeps. No draft text lives here: health rows are counts, log rows are errors.
import type {SiteName} from '../shared/messages.ts';

/** One named part of a site's page (a selector from selectors.ts) and when it was last found. */
export type SiteHealth = {
  site: SiteName;
  part: string;
  /** Matches in the last report. 0 means the selector stopped matching where the site reported it. */
  count: number;
  /** Which fallback strategy of the selector matched (0 = the preferred one), or null when none did. */
  strategy: number | null;
  /** Last time the part was found (count > 0), epoch ms; null if never. */
  lastFoundAt: number | null;
  /** Last time it was reported at all, epoch ms. */
  reportedAt: number;
  uiLanguage: string;
};

export type LogEntry = {
  id?: number;
  at: number;
  level: 'error' | 'warn' | 'info';
  source: string;
  message: string;
  stack?: string;
};
