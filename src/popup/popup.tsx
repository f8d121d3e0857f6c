import {useEffect, useState} from 'react';
import browser from 'webextension-polyfill';
import {CommitmentsView} from './commitments-view.tsx';
import {NowList} from './now-list.tsx';
import {PeopleView} from './people-view.tsx';
import {parseRoute, routeHash, viewLabel, type Route, type View} from './route.ts';
import {SiteList} from './site-list.tsx';
import {panelId, tabId, ViewTabs} from './tabs.tsx';
import {t} from '../shared/i18n.ts';
import {useSettings} from '../ui/use-settings.ts';
import {WeekView} from './week-view.tsx';

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
            <NowList focusId={route.nudgeId ?? null} />
            <SiteList />
          </>
        )}
        {route.view === 'week' && <WeekView settings={settings} />}
        {route.view === 'commitments' && <CommitmentsView focusId={route.commitmentId ?? null} settings={settings} />}
        {route.view === 'people' && <PeopleView settings={settings} />}
      </div>
      <footer className="row">
        <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">{t('popup_settingsLink')}</a>
        {!inTab() && <a href={`${browser.runtime.getURL('src/popup/index.html')}?tab${routeHash(route)}`} target="_blank" rel="noreferrer">{t('popup_openInTab')}</a>}
      </footer>
    </main>
  );
}
