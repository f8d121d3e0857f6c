// A meeting-rhythm target's name and state in the user's language (src/locales/<language>/cadence.json). The
// cadence analysis (src/cadence) is pure and keeps an English label for the CLI and logs.
import type {CadenceKind, CadenceStatus} from '../cadence/types.ts';
import {t} from './i18n.ts';
import {own, said, words, type StoredText} from './stored-text.ts';

type Named = {kind: CadenceKind; label: string; person?: string};

/** "Weekly catch-up", "1:1 with Dana Lee", kept as what to say (a stored nudge words it when shown). */
export function cadenceLabelText(target: Named): StoredText {
  switch (target.kind) {
    case 'daily': return said('cadence_daily');
    case 'weekly': return said('cadence_weekly');
    case 'monthly': return said('cadence_monthly');
    case 'quarterly': return said('cadence_quarterly');
    case 'half-yearly': return said('cadence_halfYearly');
    case 'direct-report': return target.person ? said('cadence_directReport', own(target.person)) : own(target.label);
  }
}

/** "Weekly catch-up", "1:1 with Dana Lee". */
export const cadenceLabel = (target: Named): string => words(cadenceLabelText(target));

/** "Overdue", "Not scheduled", ... */
export function cadenceStatusLabel(status: CadenceStatus): string {
  switch (status) {
    case 'ok': return t('cadence_status_ok');
    case 'due-soon': return t('cadence_status_dueSoon');
    case 'overdue': return t('cadence_status_overdue');
    case 'not-scheduled': return t('cadence_status_notScheduled');
    case 'unknown': return t('cadence_status_unknown');
  }
}
