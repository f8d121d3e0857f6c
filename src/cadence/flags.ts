// Signs that the executive's time is not being respected in the coming days: two meetings in one slot, three
// hours or more without a break, meetings nobody wrote a description for. Give it the executive's events.
import type {CalendarEvent} from './types.ts';

export type TimeFlag =
  | {kind: 'double-booked'; start: string; end: string; eventIds: string[]}
  | {kind: 'back-to-back'; start: string; end: string; minutes: number; eventIds: string[]}
  | {kind: 'no-description'; start: string; eventIds: [string]};

export type FlagOptions = {
  horizonDays?: number; // default 7
  /** Breaks shorter than this still make a run back-to-back (walking between rooms is not a break). Default 5. */
  breakMinutes?: number;
  /** Runs at least this long are flagged. Default 180. */
  runMinutes?: number;
};

type Slot = {event: CalendarEvent; start: number; end: number};

export function executiveTimeFlags(events: readonly CalendarEvent[], now: Date | number, options: FlagOptions = {}): TimeFlag[] {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const horizon = nowMs + (options.horizonDays ?? 7) * 86_400_000;
  const breakMs = (options.breakMinutes ?? 5) * 60_000;
  const runMs = (options.runMinutes ?? 180) * 60_000;

  // Only timed meetings that will really take place: all-day markers and unreadable times say nothing about slots.
  const slots: Slot[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    if (event.allDay || event.timesUnknown || event.cancelled || event.declined || seen.has(event.id)) continue;
    const start = Date.parse(event.start);
    const end = Date.parse(event.end);
    if (!(end > start) || end <= nowMs || start >= horizon) continue;
    seen.add(event.id);
    slots.push({event, start, end});
  }
  slots.sort((a, b) => a.start - b.start || a.end - b.end);

  const flags: TimeFlag[] = [];
  const flagSpan = (kind: 'double-booked' | 'back-to-back', group: Slot[], end: number) => {
    const first = group[0]!;
    const last = group.reduce((a, b) => (b.end > a.end ? b : a));
    const base = {start: first.event.start, end: last.event.end, eventIds: group.map((s) => s.event.id)};
    flags.push(kind === 'double-booked' ? {kind, ...base} : {kind, ...base, minutes: Math.round((end - first.start) / 60_000)});
  };

  // Overlaps: a cluster of meetings where each starts before the ones before it have all ended.
  let cluster: Slot[] = [];
  let clusterEnd = -Infinity;
  // Runs: meetings chained with breaks shorter than breakMs.
  let run: Slot[] = [];
  let runEnd = -Infinity;
  for (const slot of [...slots, null]) {
    if (!slot || slot.start >= clusterEnd) {
      if (cluster.length > 1) flagSpan('double-booked', cluster, clusterEnd);
      cluster = [];
    }
    if (!slot || slot.start > runEnd + breakMs) {
      if (run.length > 1 && runEnd - run[0]!.start >= runMs) flagSpan('back-to-back', run, runEnd);
      run = [];
    }
    if (!slot) break;
    cluster.push(slot);
    clusterEnd = cluster.length === 1 ? slot.end : Math.max(clusterEnd, slot.end);
    run.push(slot);
    runEnd = run.length === 1 ? slot.end : Math.max(runEnd, slot.end);
    // Unknown descriptions (the page does not show them) are not flagged; only a known empty one is.
    if (slot.event.description !== undefined && slot.event.description.trim() === '') {
      flags.push({kind: 'no-description', start: slot.event.start, eventIds: [slot.event.id]});
    }
  }
  return flags.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)); // stable: same-start flags keep their order
}
