// A meeting-rhythm target's name and state in the user's language (src/locales/<language>/cadence.json). The
// cadence analysis (src/cadence) is pure and keeps an English label for the CLI and logs.
import type {CadenceKind, CadenceStatus} from '../cadence/types.ts';
import {t} from './i18n.ts';

type Named = {kind: CadenceKind; label: string; person?: string};

/** "Weekly catch-up", "1:1 with Dana Lee". */
export function cadenceLabel(target: Named): string {
  switch (target.kind) {
    case 'daily': return t('cadence_daily');
    case 'weekly': return t('cadence_weekly');
    case 'monthly': return t('cadence_monthly');
    case 'quarterly': return t('cadence_quarterly');
    case 'half-yearly': return t('cadence_halfYearly');
    case 'direct-report': return target.person ? t('cadence_directReport', target.person) : target.label;
  }
}

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
