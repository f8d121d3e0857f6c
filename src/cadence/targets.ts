// Default cadence targets (DESIGN.md section 4): the rhythm an EA keeps with the executive. All of it is editable;
// these are starting points the options page shows.
import type {CadenceTarget, People} from './types.ts';

/** `Name <email>`: one entry that identifies a person by either. */
export const personKey = (p: {email: string; name: string}): string =>
  p.name && p.email ? `${p.name} <${p.email}>` : p.email || p.name;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function defaultTargets(people: People): CadenceTarget[] {
  const exec = personKey(people.executive);
  const targets: CadenceTarget[] = [
    {
      id: 'daily', label: 'Daily catch-up', kind: 'daily', everyDays: 1, toleranceDays: 1, workingDaysOnly: true,
      titleKeywords: ['daily', 'catch-up', 'catch up', 'catchup', 'check-in', 'check in', 'huddle', 'stand-up', 'standup', 'morning sync'],
      excludeKeywords: ['weekly', 'monthly', 'quarterly', 'review', '1:1', 'planning'],
      requiredAttendees: [exec],
    },
    {
      id: 'weekly', label: 'Weekly catch-up', kind: 'weekly', everyDays: 7, toleranceDays: 3,
      titleKeywords: ['weekly', 'week ahead', 'week-ahead', 'week review', 'weekly sync', 'weekly catch-up'],
      excludeKeywords: ['daily'],
      requiredAttendees: [exec],
    },
    {
      id: 'monthly', label: 'Monthly goals and objectives', kind: 'monthly', everyDays: 30, toleranceDays: 7,
      titleKeywords: ['monthly', 'goals', 'objectives', 'okr', 'okrs', 'priorities review', 'monthly planning'],
      requiredAttendees: [exec],
    },
    {
      id: 'quarterly', label: 'Quarterly strategic review', kind: 'quarterly', everyDays: 91, toleranceDays: 14,
      titleKeywords: ['quarterly', 'qbr', 'strategy review', 'strategic review', 'strategy offsite', 'strategy'],
      requiredAttendees: [exec],
    },
    {
      id: 'half-yearly', label: 'Performance review', kind: 'half-yearly', everyDays: 182, toleranceDays: 21,
      titleKeywords: ['performance review', 'mid-year review', 'midyear review', 'annual review', 'appraisal', 'half-year review', 'half-yearly review'],
      requiredAttendees: [exec],
    },
  ];
  for (const report of people.directReports) {
    targets.push({
      id: `direct-report-${slug(report.email || report.name)}`,
      label: `1:1 with ${report.name || report.email}`, person: report.name || report.email,
      kind: 'direct-report', everyDays: 30, toleranceDays: 7,
      titleKeywords: ['1:1', '1-1', '1on1', 'one-on-one', 'one on one', 'check-in', 'check in', 'catch-up', 'catch up', 'sync'],
      requiredAttendees: [exec, personKey(report)],
    });
  }
  return targets;
}

export type TargetOverride = {enabled?: boolean; everyDays?: number; toleranceDays?: number; titleKeywords?: string[]};

/** The user's changes applied to the defaults: a target switched off is dropped; numbers and keywords replace. */
export function customiseTargets(targets: readonly CadenceTarget[], overrides: Readonly<Record<string, TargetOverride>>): CadenceTarget[] {
  return targets.flatMap((target) => {
    const change = overrides[target.id];
    if (!change) return [target];
    if (change.enabled === false) return [];
    const positive = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback);
    const keywords = change.titleKeywords?.map((word) => word.trim()).filter(Boolean);
    return [{
      ...target,
      everyDays: positive(change.everyDays, target.everyDays),
      toleranceDays: change.toleranceDays !== undefined && change.toleranceDays >= 0 ? change.toleranceDays : target.toleranceDays,
      titleKeywords: keywords && keywords.length > 0 ? keywords : target.titleKeywords,
    }];
  });
}
