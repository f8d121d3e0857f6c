// The popup's address is its state: a notification opens `#/nudge/<id>`, and a full tab can be bookmarked on a view.
import {t, type MessageKey} from '../shared/i18n.ts';

export type View = 'now' | 'week' | 'commitments' | 'people';
export type Route = {view: View; nudgeId?: string; commitmentId?: string};

export const VIEWS: ReadonlyArray<{view: View; message: MessageKey}> = [
  {view: 'now', message: 'popup_viewNow'},
  {view: 'week', message: 'popup_viewWeek'},
  {view: 'commitments', message: 'popup_viewCommitments'},
  {view: 'people', message: 'popup_viewPeople'},
];

/** A view's name, as its tab shows it. */
export const viewLabel = (view: View) => t(VIEWS.find((entry) => entry.view === view)!.message);

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a hand-typed, badly escaped id: still better shown than dropped
  }
};

/** Anything unknown opens "Now", the view a user expects from a toolbar button. */
export function parseRoute(hash: string): Route {
  const [, view, id] = /^#\/([a-z]+)(?:\/(.+))?$/.exec(hash) ?? [];
  if (view === 'nudge' && id) return {view: 'now', nudgeId: decode(id)};
  if (view === 'week') return {view: 'week'};
  if (view === 'people') return {view: 'people'};
  if (view === 'commitments') return id ? {view: 'commitments', commitmentId: decode(id)} : {view: 'commitments'};
  return {view: 'now'};
}

export function routeHash(route: Route): string {
  if (route.view === 'now') return route.nudgeId ? `#/nudge/${encodeURIComponent(route.nudgeId)}` : '#/';
  if (route.view === 'commitments' && route.commitmentId) return `#/commitments/${encodeURIComponent(route.commitmentId)}`;
  return `#/${route.view}`;
}
