// What a calendar-file import did, in the user's language: occurrences and days imported (first: the end-to-end
// tests look for it), the events the file holds, the dates covered and what was left out with why.
import type {IcsImportSummary} from '../shared/messages.ts';
import {t, tCount, uiLanguage, type PluralKey} from '../shared/i18n.ts';

type Reason = keyof IcsImportSummary['skipped'];
const COUNTED: Array<[Reason, PluralKey]> = [
  ['bad-value', 'options_skipBadValue'], ['no-start', 'options_skipNoStart'], ['bad-rule', 'options_skipBadRule'],
  ['impossible-rule', 'options_skipImpossibleRule'], ['series-capped', 'options_skipSeriesCapped'], ['unreadable', 'options_skipUnreadable'],
];

function formatDay(day: string): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(`${day}T00:00:00Z`));
  } catch {
    return day;
  }
}

export function importSummary(result: IcsImportSummary): string {
  const parts = [tCount('options_importedEvents', result.events, tCount('options_dayCount', result.days)), tCount('options_importRead', result.read)];
  if (result.range) parts.push(t('options_importRange', formatDay(result.range.from), formatDay(result.range.to)));
  const reasons = COUNTED.flatMap(([reason, key]) => (result.skipped[reason] ? [tCount(key, result.skipped[reason])] : []));
  if (result.skipped['file-capped']) reasons.push(t('options_skipFileCapped'));
  if (result.skipped['time-budget']) reasons.push(t('options_skipTimeBudget'));
  if (reasons.length > 0) parts.push(t('options_importSkipped', reasons.join('; ')));
  return parts.join(' ');
}
