import browser from 'webextension-polyfill';
import type {RapportDb} from '../../store/db.ts';
import {countDueNow} from '../../store/nudges.ts';
import {t, tCount} from '../../shared/i18n.ts';

/** The toolbar badge: how many nudges need attention now; empty when none. */
export async function refreshBadge(db: RapportDb, now: number): Promise<number> {
  const count = await countDueNow(db, now);
  await browser.action.setBadgeText({text: count === 0 ? '' : count > 99 ? '99+' : String(count)});
  await browser.action.setBadgeBackgroundColor({color: '#3451b2'});
  await browser.action.setTitle({title: count === 0 ? t('extName') : tCount('background_badgeTitle', count)});
  return count;
}
