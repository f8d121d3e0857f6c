import {lazy, Suspense, useEffect, useState} from 'react';
import browser from 'webextension-polyfill';
import {lazyView} from './lazy-view.tsx';
import {NowList} from './now-list.tsx';
import {afterReady} from './ready-mark.ts';
import {parseRoute, routeHash, viewLabel, type Route, type View} from './route.ts';
import {SiteList} from './site-list.tsx';
import {panelId, tabId, ViewTabs} from './tabs.tsx';
import {t} from '../shared/i18n.ts';
import {ErrorBoundary} from '../ui/error-boundary.tsx';
import {useSettings} from '../ui/use-settings.ts';

// "Now" opens first and alone decides how soon the popup shows something; the other views load when chosen, so
// their code (charts, agenda, filters, date formatting) is not fetched and run before the first paint.
// Once the first view is up, they are fetched in the background, so switching views stays instant.
const week = lazyView(() => import('./week-view.tsx').then((module) => module.WeekView));
const commitments = lazyView(() => import('./commitments-view.tsx').then((module) => module.CommitmentsView));
const people = lazyView(() => import('./people-view.tsx').then((module) => module.PeopleView));
// Today's meeting prep joins the Now view once it is up: its code is fetched then, not before the first paint.
const TodaysPrep = lazy(() => import('./todays-prep.tsx').then((module) => ({default: module.TodaysPrep})));

/** Opened straight onto another view (a link, a bookmark, a full tab): its code, fetched before the first render. */
export function preloadView(view: View): Promise<unknown> {
  if (view === 'week') return week.preload();
  if (view === 'commitments') return commitments.preload();
  if (view === 'people') return people.preload();
  return Promise.resolve();
}

/** Opened from the popup's "Open in a tab" link: the same page, laid out for a window instead of 380 px. */
export const inTab = () => new URLSearchParams(window.location.search).has('tab');

/** Follows the address: a notification's `#/nudge/<id>`, the back button in a full tab, a bookmarked view. */
function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
  const go = (next: Route) => {
    if (routeHash(next) !== window.location.hash) window.history.pushState(null, '', routeHash(next));
    setRoute(next);
  };
  return [route, go];
}

/** The popup: what needs the user now, this week in figures, and every commitment. Reads the store live. */
export function Popup() {
  const [route, go] = useRoute();
  const settings = useSettings();
  const label = viewLabel(route.view);
  useEffect(() => {
    document.title = t('popup_documentTitle', label);
  }, [label]);
  const select = (view: View) => go({view});
  // Read once the first view is up: the other views' code, and today's meeting prep (never before the first paint).
  const [ready, setReady] = useState(false);
  useEffect(() => afterReady(() => {
    setReady(true);
    void week.preload().catch(() => undefined);
    void commitments.preload().catch(() => undefined);
    void people.preload().catch(() => undefined);
  }), []);
  return (
    <main>
      <header>
        <h1 className="brand">{t('extName')}</h1>
        <span className="muted">{t('popup_tagline')}</span>
      </header>
      <ViewTabs current={route.view} onSelect={select} />
      <div role="tabpanel" id={panelId(route.view)} aria-labelledby={tabId(route.view)} tabIndex={0} className="panel" key={route.view}>
        {route.view === 'now' && (
          <>
            <h2 className="visually-hidden">{t('popup_viewNow')}</h2>
            <ErrorBoundary name="popup:now"><NowList focusId={route.nudgeId ?? null} /></ErrorBoundary>
            {ready && settings && <ErrorBoundary name="popup:prep"><Suspense fallback={null}><TodaysPrep settings={settings} /></Suspense></ErrorBoundary>}
            <ErrorBoundary name="popup:sites"><SiteList /></ErrorBoundary>
          </>
        )}
        <Suspense fallback={<p className="muted">{t('ui_loading')}</p>}>
          {route.view === 'week' && <ErrorBoundary name="popup:week"><week.View settings={settings} /></ErrorBoundary>}
          {route.view === 'commitments' && <ErrorBoundary name="popup:commitments"><commitments.View focusId={route.commitmentId ?? null} settings={settings} /></ErrorBoundary>}
          {route.view === 'people' && <ErrorBoundary name="popup:people"><people.View settings={settings} /></ErrorBoundary>}
        </Suspense>
      </div>
      <footer className="row">
        <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">{t('popup_settingsLink')}</a>
        {!inTab() && <a href={`${browser.runtime.getURL('src/popup/index.html')}?tab${routeHash(route)}`} target="_blank" rel="noreferrer">{t('popup_openInTab')}</a>}
      </footer>
    </main>
  );
}
